package id.canting.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestClock;
import id.canting.TestLogins;
import id.canting.audit.AuditEntry;
import id.canting.audit.AuditQuery;
import id.canting.audit.AuditTrail;
import id.canting.shared.Actor;
import id.canting.shared.PageRequest;

/**
 * Sign-in throttling as OWASP's authentication cheat sheet describes it (issue 12): failures slow the
 * (username, address) pair that made them, never the account's owner elsewhere; an address trying
 * many usernames is refused; an account attacked from many addresses alerts the admins. Client
 * addresses are the documentation ranges of RFC 5737, so no other test's attempts count here.
 */
@CantingTest
@Transactional
class SignInThrottlingTest {

	static final String PASSWORD = "canting-demo";
	static final String ATTACKER = "198.51.100.66";
	static final String OWNERS_HOME = "203.0.113.10";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Autowired
	TestLogins logins;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AuditTrail audit;

	@BeforeEach
	void timeStandsStillUnlessMoved() {
		clock.freeze();
	}

	@AfterEach
	void timeMovesOnNormally() {
		clock.reset();
	}

	@Test
	void anAttackersFailuresFromOneAddressDoNotStopTheOwnerSigningInFromAnother() throws Exception {
		for (int i = 0; i < 15; i++) {
			failOnce("owner", ATTACKER);
		}
		token("owner", PASSWORD, OWNERS_HOME).andExpect(status().isOk()).andExpect(jsonPath("$.token").exists());
		mvc.perform(post("/login").param("username", "owner").param("password", PASSWORD).with(csrf()).with(from(OWNERS_HOME)))
			.andExpect(redirectedUrl("/home"));
		// the attacker is still kept waiting
		token("owner", PASSWORD, ATTACKER).andExpect(status().isTooManyRequests());
	}

	@Test
	void guessingFromOneAddressIsSlowedWithAGrowingRetryAfter() throws Exception {
		String address = "198.51.100.77";
		for (int i = 0; i < 3; i++) {
			token("buyer", "tebakan-" + i, address).andExpect(status().isUnauthorized());
		}
		List<Long> waits = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			// during the back-off even the right password waits: the caller is told how long
			MockHttpServletResponse refused = token("buyer", PASSWORD, address).andExpect(status().isTooManyRequests())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(429))
				.andReturn().getResponse();
			long wait = Long.parseLong(refused.getHeader("Retry-After"));
			waits.add(wait);
			clock.advance(Duration.ofSeconds(wait));
			token("buyer", "tebakan-lagi-" + i, address).andExpect(status().isUnauthorized());
		}
		assertThat(waits).containsExactly(1L, 2L, 4L, 8L);

		// the login form says the same, with the header and a message in the user's language
		MockHttpServletResponse form = mvc.perform(post("/login").param("username", "buyer").param("password", PASSWORD)
			.with(csrf()).with(from(address))).andExpect(header().string("Retry-After", "16")).andReturn().getResponse();
		assertThat(form.getRedirectedUrl()).isEqualTo("/login?error=throttled&retryAfter=16");
		mvc.perform(get(form.getRedirectedUrl()))
			.andExpect(content().string(Matchers.containsString("Coba lagi dalam 16 detik")));
		mvc.perform(get(form.getRedirectedUrl()).header("Accept-Language", "en"))
			.andExpect(content().string(Matchers.containsString("Try again in 16 seconds")));

		// waiting it out, the right password signs in and the slate is clean again
		clock.advance(Duration.ofSeconds(16));
		token("buyer", PASSWORD, address).andExpect(status().isOk());
		token("buyer", "tebakan-baru", address).andExpect(status().isUnauthorized());
		token("buyer", PASSWORD, address).andExpect(status().isOk());

		assertThat(audit("login", "buyer")).filteredOn(e -> "THROTTLED".equals(e.summary()))
			.as("every refused attempt is in the audit trail").hasSize(5)
			.allSatisfy(e -> assertThat(e.clientAddress()).isEqualTo(address));
	}

	/** Spring Security once tried a refused form sign-in a second time (the global manager), counting it twice. */
	@Test
	void eachWrongPasswordOnTheLoginFormCountsOnce() throws Exception {
		String address = "198.51.100.88";
		for (int i = 0; i < 3; i++) {
			mvc.perform(post("/login").param("username", "officer.35").param("password", "salah-sekali-" + i).with(csrf())
				.with(from(address))).andExpect(redirectedUrl("/login?error=bad"));
		}
		// three failures: the first, shortest wait (six would be eight seconds)
		token("officer.35", PASSWORD, address).andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "1"));
	}

	@Test
	void stuffingManyUsernamesFromOneAddressIsRefused() throws Exception {
		String stuffer = "192.0.2.50";
		for (int i = 0; i < 11; i++) {
			token("pengguna.bocor." + i, "kata-sandi-bocor-" + i, stuffer).andExpect(status().isUnauthorized());
		}
		// the twelfth name is refused even with its right password: the whole address waits
		MockHttpServletResponse refused = token("assessor", PASSWORD, stuffer).andExpect(status().isTooManyRequests())
			.andReturn().getResponse();
		assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isEqualTo(Duration.ofMinutes(15).toSeconds());
		mvc.perform(post("/login").param("username", "assessor").param("password", PASSWORD).with(csrf()).with(from(stuffer)))
			.andExpect(redirectedUrl("/login?error=throttled&retryAfter=900"));
		assertThat(audit("login", "assessor")).extracting(AuditEntry::summary).contains("THROTTLED_ADDRESS");

		// nobody else is affected, and the address may try again once the window has passed
		token("assessor", PASSWORD, "192.0.2.51").andExpect(status().isOk());
		clock.advance(Duration.ofMinutes(15));
		token("assessor", PASSWORD, stuffer).andExpect(status().isOk());
	}

	@Test
	void anOfficesStaffMistypingTheirOwnPasswordsBehindOneAddressAreNotRefused() throws Exception {
		String office = "192.0.2.80";
		List<String> staff = new ArrayList<>();
		for (int i = 1; i <= 11; i++) {
			String username = "staf.kantor." + i;
			accounts.create(Actor.SYSTEM, new AccountInput(username, "Staf Kantor " + i, null, "BUYER", null, List.of(), true),
					"sidomukti-kantor-" + i);
			staff.add(username);
		}
		for (int i = 0; i < staff.size(); i++) {
			String username = staff.get(i);
			token(username, "sidomukti-kantr-" + (i + 1), office).andExpect(status().isUnauthorized());
			token(username, "Sidomukti-kantor-" + (i + 1), office).andExpect(status().isUnauthorized());
			token(username, "sidomukti-kantor-" + (i + 1), office).andExpect(status().isOk());
		}
		mvc.perform(post("/login").param("username", "officer.33").param("password", PASSWORD).with(csrf()).with(from(office)))
			.andExpect(redirectedUrl("/home"));
	}

	@Test
	void anAttackOnOneAccountFromManyAddressesOnlySlowsAndAlertsTheAdmins() throws Exception {
		// twenty failures for the owner within the hour, from ten addresses
		for (int address = 1; address <= 10; address++) {
			failOnce("owner", "198.51.100." + address);
			failOnce("owner", "198.51.100." + address);
		}
		// slowed: a further address with one failure waits before its second guess...
		token("owner", "tebakan-11", "198.51.100.11").andExpect(status().isUnauthorized());
		token("owner", "tebakan-11b", "198.51.100.11").andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "1"));
		// ...but never refused: the owner signs in from an address without failures
		token("owner", PASSWORD, OWNERS_HOME).andExpect(status().isOk());

		assertThat(audit("login", "owner")).extracting(AuditEntry::action).containsOnlyOnce("LOGIN_ATTACK_DETECTED");

		// the admin's home page carries the alert, linking to the audit trail
		mvc.perform(get("/").with(logins.as("admin")))
			.andExpect(content().string(Matchers.containsString("hx-get=\"/admin/sign-in-alerts\"")));
		mvc.perform(get("/").with(logins.as("officer.33")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("/admin/sign-in-alerts"))));
		mvc.perform(get("/admin/sign-in-alerts").with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"sign-in-alert-owner\"")))
			.andExpect(content().string(Matchers.containsString("/audit?entity=login&amp;id=owner")));
		mvc.perform(get("/admin/sign-in-alerts").with(logins.as("officer.33"))).andExpect(status().isForbidden());

		// a day later the alert has gone from the home page (the audit keeps it)
		clock.advance(Duration.ofHours(25));
		mvc.perform(get("/admin/sign-in-alerts").with(logins.as("admin")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("sign-in-alert-owner"))));
	}

	/** One recorded failure: a refused (429) attempt waits as told and tries again, as a patient attacker does. */
	private void failOnce(String username, String address) throws Exception {
		for (int attempt = 0; attempt < 3; attempt++) {
			MockHttpServletResponse response = token(username, "tebakan-" + attempt, address).andReturn().getResponse();
			if (response.getStatus() == 401) {
				return;
			}
			assertThat(response.getStatus()).isEqualTo(429);
			clock.advance(Duration.ofSeconds(Long.parseLong(response.getHeader("Retry-After"))));
		}
		throw new AssertionError("no failure recorded for " + username + " from " + address);
	}

	private ResultActions token(String username, String password, String address) throws Exception {
		return mvc.perform(post("/api/v1/auth/token").with(from(address)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}"));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private List<AuditEntry> audit(String entityType, String entityId) {
		return audit.search(Actor.SYSTEM, AuditQuery.historyOf(entityType, entityId), new PageRequest(0, 100, "occurredAt", false))
			.content();
	}
}
