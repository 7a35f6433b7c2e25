package id.canting.account.web;

import static id.canting.account.web.ApiCalls.bearer;
import static id.canting.account.web.ApiCalls.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import com.jayway.jsonpath.JsonPath;

import id.canting.CantingTest;

@CantingTest
@Transactional
class ProfileApiTest {

	@Autowired
	MockMvc mvc;

	ApiCalls api;

	@BeforeEach
	void setUp() {
		api = new ApiCalls(mvc);
	}

	@Test
	void meShowsRoleAndScopeWithoutSecrets() throws Exception {
		mvc.perform(bearer(get("/api/v1/me"), api.token("officer.33"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("officer.33"))
			.andExpect(jsonPath("$.role").value("OFFICER"))
			.andExpect(jsonPath("$.provinceCode").value("33"))
			.andExpect(jsonPath("$", not(hasKey("passwordHash"))));
		mvc.perform(bearer(get("/api/v1/me"), api.token("owner"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("IKM_OWNER"))
			.andExpect(jsonPath("$.ikmIds.length()").value(1));
	}

	@Test
	void aWrongCurrentPasswordIsRefusedNamingItAndChangesNothing() throws Exception {
		String token = api.token("buyer");
		mvc.perform(json(post("/api/v1/me/password"), token,
				"{\"currentPassword\": \"salah-sekali-123\", \"newPassword\": \"truntum-sidomukti-77\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("currentPassword"));
		assertThat(api.token("buyer")).isNotBlank();
	}

	@Test
	void aWeakNewPasswordIsRefusedNamingNewPassword() throws Exception {
		mvc.perform(json(post("/api/v1/me/password"), api.token("buyer"),
				"{\"currentPassword\": \"canting-demo\", \"newPassword\": \"1q2w3e4r5t6y\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("newPassword"));
	}

	@Test
	void theOwnPasswordIsChangedAndOnlyTheNewOneWorks() throws Exception {
		mvc.perform(json(post("/api/v1/me/password"), api.token("assessor"),
				"{\"currentPassword\": \"canting-demo\", \"newPassword\": \"truntum-sidomukti-77\"}"))
			.andExpect(status().isNoContent());
		assertThat(api.requestToken("assessor", "canting-demo").getResponse().getStatus()).isEqualTo(401);
		assertThat(api.token("assessor", "truntum-sidomukti-77")).isNotBlank();
	}

	@Test
	void aPersonalTokenIsCreatedListedAndRevoked() throws Exception {
		String session = api.token("owner");
		String body = mvc.perform(json(post("/api/v1/me/tokens"), session, "{\"name\": \"Laporan semester\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.token").isNotEmpty())
			.andExpect(jsonPath("$.expiresAt").isNotEmpty())
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		String personal = JsonPath.read(body, "$.token");

		mvc.perform(bearer(get("/api/v1/me"), personal)).andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("owner"));
		mvc.perform(bearer(get("/api/v1/me/tokens"), session)).andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].id").value(id))
			.andExpect(jsonPath("$.content[0].name").value("Laporan semester"))
			.andExpect(jsonPath("$.content[0].personal").value(true))
			.andExpect(jsonPath("$.content[0].status").value("ACTIVE"))
			.andExpect(jsonPath("$.content[0]", not(hasKey("token"))))
			.andExpect(jsonPath("$.content[0]", not(hasKey("tokenHash"))))
			.andExpect(jsonPath("$.page.totalElements").isNumber());

		mvc.perform(bearer(delete("/api/v1/me/tokens/" + id), session)).andExpect(status().isNoContent());
		mvc.perform(bearer(get("/api/v1/me"), personal)).andExpect(status().isUnauthorized());
		mvc.perform(bearer(get("/api/v1/me/tokens"), session))
			.andExpect(jsonPath("$.content[?(@.id == " + id + ")].status", hasItem("REVOKED")));
		mvc.perform(bearer(delete("/api/v1/me/tokens/" + id), session)).andExpect(status().isNotFound());
	}

	@Test
	void aTokenNeedsANameAndOthersTokensCannotBeRevoked() throws Exception {
		String owner = api.token("owner");
		mvc.perform(json(post("/api/v1/me/tokens"), owner, "{\"name\": \" \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		String body = mvc.perform(json(post("/api/v1/me/tokens"), owner, "{\"name\": \"skrip\"}"))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		mvc.perform(bearer(delete("/api/v1/me/tokens/" + id), api.token("buyer"))).andExpect(status().isNotFound());
		mvc.perform(bearer(get("/api/v1/me"), JsonPath.read(body, "$.token"))).andExpect(status().isOk());
	}
}
