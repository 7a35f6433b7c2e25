package id.canting.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestClock;
import id.canting.TestLogins;

/**
 * Login form, token endpoint, token expiry and revocation, CSRF and session fixation. Throttling has
 * its own test, {@link SignInThrottlingTest}.
 */
@CantingTest
@Transactional
class SignInTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void timeMovesOnNormally() {
		clock.reset();
	}

	@Test
	void theTokenEndpointIssuesATwelveHourBearerToken() throws Exception {
		String token = token("officer.33", "canting-demo");
		mvc.perform(get("/api/v1/ikm").param("size", "1").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].provinceCode").value("33"));
		String stored = jdbc.sql("select token_hash from api_token order by id desc limit 1").query(String.class).single();
		assertThat(stored).isNotEqualTo(token).hasSize(64);
	}

	@Test
	void anExpiredTokenIsRefused() throws Exception {
		String token = token("admin", "canting-demo");
		clock.advance(Duration.ofHours(12).plusSeconds(1));
		mvc.perform(get("/api/v1/ikm").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void aRevokedTokenIsRefused() throws Exception {
		String token = token("admin", "canting-demo");
		mvc.perform(delete("/api/v1/auth/token").header("Authorization", "Bearer " + token))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/ikm").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
	}

	@Test
	void wrongPasswordsAreRefusedWithoutSayingWhichPartWasWrong() throws Exception {
		requestToken("admin", "wrong-password-1").andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("Nama pengguna atau kata sandi salah."));
		requestToken("nobody.here", "wrong-password-1").andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("Nama pengguna atau kata sandi salah."));
	}

	@Test
	void theLoginFormSignsInAndChangesTheSessionId() throws Exception {
		// sessions live in the database (Spring Session): the session cookie names them. Anonymous visitors
		// have none (issue 12), so the session a fixation attack would plant is one from an earlier sign-in.
		var before = mvc.perform(post("/login").param("username", "buyer").param("password", "canting-demo")
			.with(csrf())).andReturn().getResponse().getCookie("SESSION");
		assertThat(before).isNotNull();
		var after = mvc.perform(post("/login").cookie(before).param("username", "officer.35")
			.param("password", "canting-demo").with(csrf())).andExpect(redirectedUrl("/home")).andReturn().getResponse()
			.getCookie("SESSION");
		assertThat(after).isNotNull();
		assertThat(after.getValue()).as("session fixation: a new session id after login").isNotEqualTo(before.getValue());
		assertThat(after.isHttpOnly()).isTrue();
		assertThat(after.getAttribute("SameSite")).isEqualTo("Lax");
		mvc.perform(post("/login").param("username", "officer.35").param("password", "salah-sekali-123").with(csrf()))
			.andExpect(redirectedUrl("/login?error=bad"));
	}

	@Test
	void aFormPostWithoutCsrfTokenIsRefused() throws Exception {
		long ikm = jdbc.sql("select min(id) from ikm where province_code = '33'").query(Long.class).single();
		mvc.perform(post("/ikm/" + ikm + "/deactivate").with(logins.as("officer.33"))).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select status from ikm where id = ?").param(ikm).query(String.class).single()).isEqualTo("ACTIVE");
	}

	@Test
	void anOfficerOfJawaTengahCannotEditAnIkmInJawaTimur() throws Exception {
		long jatim = jdbc.sql("select min(id) from ikm where province_code = '35'").query(Long.class).single();
		String read = mvc.perform(get("/api/v1/ikm/" + jatim).with(logins.as("admin"))).andReturn().getResponse().getContentAsString();
		mvc.perform(put("/api/v1/ikm/" + jatim)
			.with(logins.as("officer.33")).contentType(MediaType.APPLICATION_JSON).content(read))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.status").value(403));
		mvc.perform(post("/ikm/" + jatim + "/deactivate").with(logins.as("officer.33")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theOwnerCannotEditAnotherIkmAndTheKindOfTheirOwnWaitsForTheOffice() throws Exception {
		long own = jdbc.sql("select ikm_id from user_ikm u join user_account a on a.id = u.user_account_id where a.username = 'owner'")
			.query(Long.class).single();
		long other = jdbc.sql("select min(id) from ikm where id <> ?").param(own).query(Long.class).single();
		String otherBody = mvc.perform(get("/api/v1/ikm/" + other).with(logins.as("admin"))).andReturn().getResponse().getContentAsString();
		mvc.perform(put("/api/v1/ikm/" + other)
			.with(logins.as("owner")).contentType(MediaType.APPLICATION_JSON).content(otherBody)).andExpect(status().isForbidden());
		String ownBody = mvc.perform(get("/api/v1/ikm/" + own).with(logins.as("owner"))).andReturn().getResponse().getContentAsString();
		String kind = ownBody.replaceAll(".*\"kind\":\"([A-Z_]+)\".*", "$1");
		String otherKind = "COOPERATIVE".equals(kind) ? "REGULAR" : "COOPERATIVE";
		// the kind feeds published figures: an owner's change of it is a proposal, not an edit (issue 12, item 4)
		mvc.perform(put("/api/v1/ikm/" + own)
			.with(logins.as("owner")).contentType(MediaType.APPLICATION_JSON)
			.content(ownBody.replaceFirst("\"kind\":\"[A-Z_]+\"", "\"kind\":\"" + otherKind + "\"")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value(kind))
			.andExpect(jsonPath("$.pendingChange.fields[0].field").value("kind"))
			.andExpect(jsonPath("$.pendingChange.fields[0].proposedValue").value(otherKind));
		long change = jdbc.sql("select id from ikm_change where ikm_id = ? and status = 'PENDING'").param(own)
			.query(Long.class).single();
		mvc.perform(post("/api/v1/ikm/{id}/changes/{change}/withdraw", own, change).with(logins.as("owner")))
			.andExpect(status().isOk());
	}

	private String token(String username, String password) throws Exception {
		String body = requestToken(username, password).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
	}

	private ResultActions requestToken(String username, String password) throws Exception {
		return mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}"));
	}
}
