package id.canting.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.canting.CantingTest;
import jakarta.servlet.http.Cookie;

/**
 * Anonymous visitors store nothing on the server: no session row for public pages, the login form,
 * a protected page that sends them to the login, or a failed sign-in. CSRF protection stays, with
 * the token in a cookie instead of the session.
 */
@CantingTest
class AnonymousSessionTest {

	static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	FilterChainProxy securityChains;

	@Autowired
	CsrfTokenRepository csrfTokens;

	@BeforeEach
	void withTheProductionCsrfRepository() {
		ProductionCsrf.restore(securityChains, csrfTokens);
	}

	@Autowired
	JdbcClient jdbc;

	@Test
	void anonymousPagesStoreNoSession() throws Exception {
		long before = sessions();
		for (int i = 0; i < 20; i++) {
			mvc.perform(get("/login")).andExpect(status().isOk());
		}
		mvc.perform(get("/")).andExpect(status().isOk());
		mvc.perform(get("/catalogue")).andExpect(status().isOk());
		mvc.perform(get("/verify")).andExpect(status().isOk());
		mvc.perform(get("/login").param("error", "bad")).andExpect(status().isOk());
		// a protected page sends the visitor to the login, and remembers where they wanted to go without a session
		mvc.perform(get("/ikm")).andExpect(status().is3xxRedirection());
		// a failed sign-in neither
		Cookie csrf = csrfCookie(mvc.perform(get("/login")).andReturn());
		String token = csrfField(mvc.perform(get("/login").cookie(csrf)).andReturn());
		mvc.perform(post("/login").cookie(csrf).param("_csrf", token).param("username", "nobody.anon")
			.param("password", "wrong-password-1").with(request -> {
				// an address of its own, so this failure counts against no other test's throttling
				request.setRemoteAddr("10.12.0.2");
				return request;
			})).andExpect(redirectedUrl("/login?error=bad"));
		assertThat(sessions()).isEqualTo(before);
	}

	@Test
	void theLoginFormStillNeedsItsCsrfTokenAndThenSignsIn() throws Exception {
		MvcResult form = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
		Cookie csrf = csrfCookie(form);
		assertThat(csrf.isHttpOnly()).isTrue();
		String token = csrfField(form);
		// without the token, or with a token that does not match the cookie: refused
		mvc.perform(post("/login").param("username", "officer.35").param("password", "canting-demo"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/login").cookie(csrf).param("username", "officer.35").param("password", "canting-demo"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/login").param("_csrf", token).param("username", "officer.35").param("password", "canting-demo"))
			.andExpect(status().isForbidden());
		// with the pair: signed in, with a session from then on
		MvcResult signedIn = mvc.perform(post("/login").cookie(csrf).param("_csrf", token)
			.param("username", "officer.35").param("password", "canting-demo"))
			.andExpect(redirectedUrl("/home")).andReturn();
		Cookie session = signedIn.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		mvc.perform(get("/ikm").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void afterSigningInTheVisitorLandsOnThePageTheyAskedFor() throws Exception {
		MvcResult refused = mvc.perform(get("/audit")).andExpect(status().is3xxRedirection()).andReturn();
		Cookie[] remembered = refused.getResponse().getCookies();
		MvcResult form = mvc.perform(get("/login").cookie(remembered)).andReturn();
		Cookie csrf = csrfCookie(form);
		MvcResult signedIn = mvc.perform(post("/login").cookie(csrf).cookie(remembered).param("_csrf", csrfField(form))
			.param("username", "admin").param("password", "canting-demo"))
			.andExpect(status().is3xxRedirection()).andReturn();
		assertThat(signedIn.getResponse().getRedirectedUrl()).contains("/audit");
	}

	private long sessions() {
		return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
	}

	static Cookie csrfCookie(MvcResult result) {
		Cookie cookie = result.getResponse().getCookie("XSRF-TOKEN");
		assertThat(cookie).as("CSRF token cookie").isNotNull();
		return cookie;
	}

	static String csrfField(MvcResult result) throws Exception {
		Matcher matcher = CSRF_FIELD.matcher(result.getResponse().getContentAsString());
		assertThat(matcher.find()).as("hidden _csrf field").isTrue();
		return matcher.group(1);
	}
}
