package id.canting.event.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

class RegistrationRateLimitTest {

	static RegistrationRateLimit limit(int requests) {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("event.registration.rate-limit.title", Locale.ENGLISH, "Too many");
		messages.addMessage("event.registration.rate-limit.detail", Locale.ENGLISH, "Wait {0} s");
		return new RegistrationRateLimit(messages, new FixedLocaleResolver(Locale.ENGLISH), requests, Duration.ofMinutes(10));
	}

	static MockHttpServletResponse post(RegistrationRateLimit limit, String path, String address) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		request.setRemoteAddr(address);
		MockHttpServletResponse response = new MockHttpServletResponse();
		limit.doFilter(request, response, new MockFilterChain());
		return response;
	}

	@Test
	void oneAddressRegistersAtMostTheLimitThenWaits() throws Exception {
		RegistrationRateLimit limit = limit(3);
		String path = "/api/v1/events/HBN-2025/sessions/4/registrations";
		for (int i = 0; i < 3; i++) {
			assertThat(post(limit, path, "10.0.0.1").getStatus()).isEqualTo(200);
		}
		MockHttpServletResponse refused = post(limit, path, "10.0.0.1");
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isNotBlank();
		assertThat(refused.getContentType()).startsWith("application/problem+json");
		assertThat(refused.getContentAsString()).contains("\"status\":429");
		assertThat(post(limit, path, "10.0.0.2").getStatus()).isEqualTo(200);
		assertThat(post(limit, "/events/HBN-2025/sessions/4/register", "10.0.0.1").getStatus()).isEqualTo(429);
	}

	@Test
	void otherRequestsAreNotCounted() throws Exception {
		RegistrationRateLimit limit = limit(1);
		for (int i = 0; i < 5; i++) {
			assertThat(post(limit, "/api/v1/events/HBN-2025/check-ins", "10.0.0.1").getStatus()).isEqualTo(200);
		}
	}
}
