package id.canting.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

import id.canting.ApiDocumentCheck;
import id.canting.AsUser;
import id.canting.CantingTest;
import id.canting.TestLogins;

/**
 * NUL and other control characters in a query parameter, form field, JSON string or header value
 * are refused with 400 naming the field, before they reach a query or the database (PostgreSQL
 * refuses NUL in text, which used to surface as a 500 or a misleading 409). Tab and newlines stay
 * allowed in text.
 */
@CantingTest
@Transactional
class ControlCharacterTest {

	static final String IKM = """
			{"nib": "9129999998001", "name": "Batik Sekar Jagad", "ownerName": "Siti Aminah", "ownerGender": "FEMALE",
			 "address": "Jl. Kauman No. 5", "regencyCode": "33.75", "kind": "REGULAR", "techniques": ["TULIS"],
			 "categories": ["FABRIC"], "dyes": ["NATURAL"], "workersMale": 2, "workersFemale": 6,
			 "capacityPerMonth": 120, "investmentIdr": 150000000, "yearFounded": 2005, "phone": "081234567890"}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	WebApplicationContext context;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Value("${local.server.port}")
	int port;

	@Test
	void aNulInAQueryParameterOfAPageIsRefusedNamingIt() throws Exception {
		mvc.perform(get("/catalogue").param("q", "batik\u0000")).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("q")));
		// over real HTTP as the attacker sent it
		HttpResponse<String> response = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/catalogue?q=%00")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("<html").contains("q").doesNotContain("Exception");
	}

	@Test
	void aControlCharacterInAQueryParameterOfTheApiIsAProblemNamingIt() throws Exception {
		mvc.perform(get("/api/v1/catalogue/ikm").param("q", "a\u0007b")).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("q"));
	}

	@Test
	void aNulInAJsonStringIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
		MockMvc admin = AsUser.mockMvc(context, logins, "admin");
		long before = jdbc.sql("select count(*) from ikm").query(Long.class).single();
		admin.perform(post("/api/v1/ikm").contentType(MediaType.APPLICATION_JSON)
			.content(IKM.replace("Batik Sekar Jagad", "Batik\\u0000Sekar")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		admin.perform(post("/api/v1/ikm").contentType(MediaType.APPLICATION_JSON)
			.content(IKM.replace("Jl. Kauman No. 5", "Jl. Kauman\\u001bNo. 5")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("address"));
		assertThat(jdbc.sql("select count(*) from ikm").query(Long.class).single()).isEqualTo(before);
		// tab and newline are text
		admin.perform(post("/api/v1/ikm").contentType(MediaType.APPLICATION_JSON)
			.content(IKM.replace("Jl. Kauman No. 5", "Jl. Kauman\\tNo. 5\\nPekalongan")))
			.andExpect(status().isCreated());
	}

	@Test
	void aNulInAFormFieldIsRefusedBeforeSignIn() throws Exception {
		mvc.perform(post("/login").param("username", "admin\u0000").param("password", "canting-demo").with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("username")));
	}

	@Test
	void aControlCharacterInAMultipartFieldIsRefused() throws Exception {
		MockMvc officer = AsUser.mockMvc(context, logins, "officer.33");
		officer.perform(multipart("/api/v1/imports/ikm")
			.file(new MockMultipartFile("file", "ikm.csv", "text/csv", "a,b\n".getBytes()))
			.param("note", "x\u0000y")
			// a field no operation takes, sent only to carry the control character
			.with(ApiDocumentCheck.offTheDocument()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
	}

	@Test
	void aControlCharacterInAHeaderValueIsRefused() throws Exception {
		mvc.perform(get("/api/v1/statistics/summary").header("X-Request-Note", "a\u0000b"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("X-Request-Note"));
		mvc.perform(get("/api/v1/statistics/summary").header("User-Agent", "curl/8.0\tplain")).andExpect(status().isOk());
	}
}
