package id.canting.certification.batikmark.internal;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.canting.CantingTest;
import id.canting.TestClock;

/**
 * Public verification is limited per client address: past the limit, 429 with Retry-After on the API
 * (Problem Details) and the pages; other addresses and other URLs go on; the next window lets it in.
 */
@CantingTest
class VerifyRateLimitTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	VerifyRateLimit rateLimit;

	@Autowired
	TestClock clock;

	int configured;

	@BeforeEach
	void lowLimit() {
		configured = rateLimit.limit();
		rateLimit.limit(3, Duration.ofMinutes(1));
	}

	@AfterEach
	void restore() {
		clock.reset();
		rateLimit.limit(configured, Duration.ofMinutes(1));
	}

	@Test
	void theFourthCheckInAMinuteFromOneAddressWaits() throws Exception {
		for (int i = 0; i < 3; i++) {
			mvc.perform(from("203.0.113.7", "/api/v1/verify/BMI-2099-0000" + (i + 1))).andExpect(status().isNotFound());
		}
		mvc.perform(from("203.0.113.7", "/api/v1/verify/BMI-2099-00004"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "60"))
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(429));
		mvc.perform(from("203.0.113.7", "/v/BMI-2099-00004").param("lang", "en"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().string(containsString("Too many checks")));
		// another address, and the rest of the site, are not affected
		mvc.perform(from("203.0.113.8", "/api/v1/verify/BMI-2099-00004")).andExpect(status().isNotFound());
		mvc.perform(from("203.0.113.7", "/api/v1/sentra")).andExpect(status().isOk());
		// a forged X-Forwarded-For does not make a new client
		mvc.perform(from("203.0.113.7", "/api/v1/verify/BMI-2099-00004").header("X-Forwarded-For", "198.51.100.1"))
			.andExpect(status().isTooManyRequests());
		clock.advance(Duration.ofSeconds(61));
		mvc.perform(from("203.0.113.7", "/api/v1/verify/BMI-2099-00004")).andExpect(status().isNotFound());
	}

	private static MockHttpServletRequestBuilder from(String address, String path) {
		return get(path).with(request -> {
			request.setRemoteAddr(address);
			return request;
		});
	}
}
