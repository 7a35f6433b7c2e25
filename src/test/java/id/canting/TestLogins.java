package id.canting;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.canting.account.AccountSessions;

/**
 * Acts as one of the demo accounts in MockMvc tests without a password round trip. Tests of login
 * itself (form, token endpoint, throttling) sign in for real instead. A bean of the full application
 * only ({@link CantingTest} imports it): module tests start without the account module.
 */
public class TestLogins {

	private final AccountSessions sessions;

	TestLogins(AccountSessions sessions) {
		this.sessions = sessions;
	}

	/** admin, officer.33, officer.35, owner, assessor or buyer. */
	public RequestPostProcessor as(String username) {
		return user(sessions.principalOf(username)
			.orElseThrow(() -> new IllegalArgumentException("no enabled account " + username)));
	}
}
