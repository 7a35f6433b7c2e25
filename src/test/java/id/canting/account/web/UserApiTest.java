package id.canting.account.web;

import static id.canting.account.web.ApiCalls.bearer;
import static id.canting.account.web.ApiCalls.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import com.jayway.jsonpath.JsonPath;

import id.canting.CantingTest;

@CantingTest
@Transactional
class UserApiTest {

	static final String GOOD_PASSWORD = "malam-kawung-solo-1987";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	ApiCalls api;
	String admin;

	@BeforeEach
	void signInAsAdmin() throws Exception {
		api = new ApiCalls(mvc);
		admin = api.token("admin");
	}

	@Test
	void anAdminCreatesAnOfficerWhoCanThenGetAToken() throws Exception {
		String location = mvc.perform(json(post("/api/v1/users"), admin, officer("officer.test.31", "31", GOOD_PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/users/")))
			.andExpect(jsonPath("$.username").value("officer.test.31"))
			.andExpect(jsonPath("$.role").value("OFFICER"))
			.andExpect(jsonPath("$.provinceCode").value("31"))
			.andExpect(jsonPath("$.enabled").value(true))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$", not(hasKey("passwordHash"))))
			.andExpect(jsonPath("$", not(hasKey("password"))))
			.andReturn().getResponse().getHeader("Location");
		mvc.perform(bearer(get(location), admin)).andExpect(status().isOk())
			.andExpect(jsonPath("$.displayName").value("Petugas uji 31"));

		String officer = api.token("officer.test.31", GOOD_PASSWORD);
		mvc.perform(bearer(get("/api/v1/me"), officer)).andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("officer.test.31"))
			.andExpect(jsonPath("$.provinceCode").value("31"));
	}

	@Test
	void aTooShortOrCommonPasswordIsRefusedNamingTheFieldAndCreatesNothing() throws Exception {
		mvc.perform(json(post("/api/v1/users"), admin, officer("officer.short", "31", "pendek")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("password"))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
		mvc.perform(json(post("/api/v1/users"), admin, officer("officer.common", "31", "1q2w3e4r5t6y")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		assertThat(accountsNamed("officer.short", "officer.common")).isZero();
	}

	@Test
	void badAccountFieldsAreAllNamed() throws Exception {
		mvc.perform(json(post("/api/v1/users"), admin, """
				{"username": "X", "displayName": "", "role": "OFFICER", "provinceCode": "99", "password": "%s"}"""
			.formatted(GOOD_PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("username")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("displayName")));
		mvc.perform(json(post("/api/v1/users"), admin, officer("officer.nowhere", "99", GOOD_PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("provinceCode"));
		mvc.perform(json(post("/api/v1/users"), admin, """
				{"username": "owner.without.ikm", "displayName": "Pemilik", "role": "IKM_OWNER", "password": "%s"}"""
			.formatted(GOOD_PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("ikmIds"));
	}

	@Test
	void aDuplicateUsernameIsAConflict() throws Exception {
		mvc.perform(json(post("/api/v1/users"), admin, officer("officer.33", "33", GOOD_PASSWORD)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void editingWithAStaleVersionIsAConflictAndChangesNothing() throws Exception {
		long id = create("officer.stale", "31");
		mvc.perform(json(put("/api/v1/users/" + id), admin, update("Nama baru", "32", true, 0)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.provinceCode").value("32"))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(json(put("/api/v1/users/" + id), admin, update("Nama lain", "33", true, 0)))
			.andExpect(status().isConflict());
		mvc.perform(json(put("/api/v1/users/" + id), admin, """
				{"displayName": "Tanpa versi", "role": "OFFICER", "provinceCode": "33"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		mvc.perform(bearer(get("/api/v1/users/" + id), admin))
			.andExpect(jsonPath("$.displayName").value("Nama baru"))
			.andExpect(jsonPath("$.provinceCode").value("32"));
	}

	@Test
	void disablingAUserStopsTheirTokensAndTokenRequests() throws Exception {
		long id = create("officer.leaving", "31");
		String token = api.token("officer.leaving", GOOD_PASSWORD);
		mvc.perform(bearer(get("/api/v1/me"), token)).andExpect(status().isOk());

		mvc.perform(json(put("/api/v1/users/" + id), admin, update("Petugas uji", "31", false, 0)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(false));

		mvc.perform(bearer(get("/api/v1/me"), token)).andExpect(status().isUnauthorized());
		assertThat(api.requestToken("officer.leaving", GOOD_PASSWORD).getResponse().getStatus()).isEqualTo(401);
	}

	@Test
	void anAdminResetsAPasswordAndOnlyTheNewOneWorks() throws Exception {
		long id = create("officer.forgetful", "31");
		String oldToken = api.token("officer.forgetful", GOOD_PASSWORD);
		mvc.perform(json(post("/api/v1/users/" + id + "/password"), admin, "{\"password\": \"pendek\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		mvc.perform(json(post("/api/v1/users/" + id + "/password"), admin, "{\"password\": \"parang-rusak-barong-2\"}"))
			.andExpect(status().isNoContent());
		assertThat(api.requestToken("officer.forgetful", GOOD_PASSWORD).getResponse().getStatus()).isEqualTo(401);
		assertThat(api.token("officer.forgetful", "parang-rusak-barong-2")).isNotBlank();
		// a token made with the old password stops working too
		mvc.perform(bearer(get("/api/v1/me"), oldToken)).andExpect(status().isUnauthorized());
	}

	@Test
	void theListShowsEveryAccountWithPageMetaAndNoSecrets() throws Exception {
		mvc.perform(bearer(get("/api/v1/users").param("size", "200"), admin)).andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].username", hasItem("officer.33")))
			.andExpect(jsonPath("$.content[0]", not(hasKey("passwordHash"))))
			.andExpect(jsonPath("$.page.number").value(0))
			.andExpect(jsonPath("$.page.size").value(200))
			.andExpect(jsonPath("$.page.totalElements").value(accounts()))
			.andExpect(jsonPath("$.page.totalPages").value(1));
		mvc.perform(bearer(get("/api/v1/users").param("size", "2").param("page", "1"), admin))
			.andExpect(jsonPath("$.content.length()").value(2))
			.andExpect(jsonPath("$.page.number").value(1));
	}

	@Test
	void anUnknownAccountIsNotFound() throws Exception {
		mvc.perform(bearer(get("/api/v1/users/999999"), admin)).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void nobodyButAnAdminMayManageAccounts() throws Exception {
		String officer = api.token("officer.33");
		mvc.perform(bearer(get("/api/v1/users"), officer)).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(json(post("/api/v1/users"), officer, officer("officer.sneaky", "33", GOOD_PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/users")).andExpect(status().isUnauthorized());
		assertThat(accountsNamed("officer.sneaky", "")).isZero();
	}

	private long create(String username, String province) throws Exception {
		String body = mvc.perform(json(post("/api/v1/users"), admin, officer(username, province, GOOD_PASSWORD)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private static String officer(String username, String province, String password) {
		return """
				{"username": "%s", "displayName": "Petugas uji %s", "email": "%s@example.id", "role": "OFFICER",
				 "provinceCode": "%s", "password": "%s"}""".formatted(username, province, username, province, password);
	}

	private static String update(String displayName, String province, boolean enabled, int version) {
		return """
				{"displayName": "%s", "role": "OFFICER", "provinceCode": "%s", "enabled": %s, "version": %d}"""
			.formatted(displayName, province, enabled, version);
	}

	private long accountsNamed(String a, String b) {
		return jdbc.sql("select count(*) from user_account where username in (?, ?)").params(a, b).query(Long.class).single();
	}

	private long accounts() {
		return jdbc.sql("select count(*) from user_account").query(Long.class).single();
	}
}
