package id.canting.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;

import id.canting.CantingTest;
import jakarta.servlet.http.Cookie;

/**
 * Only Bahasa Indonesia and English are ever chosen: a malformed Accept-Language is ignored, an
 * unsupported {@code ?lang=} or language cookie falls back to Bahasa Indonesia and stores nothing.
 */
@CantingTest
class LocaleInputTest {

	@Autowired
	MockMvc mvc;

	@Value("${local.server.port}")
	int port;

	@Test
	void aMalformedAcceptLanguageIsIgnoredOnPagesTheApiAndHealth() throws Exception {
		mvc.perform(get("/catalogue").header("Accept-Language", "en;q=2"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"id\"")));
		mvc.perform(get("/api/v1/catalogue/ikm/0").header("Accept-Language", "en;q=2"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("Tidak ditemukan"));
		mvc.perform(get("/actuator/health").header("Accept-Language", "en;q=2")).andExpect(status().isOk());
		// and over real HTTP, where Tomcat parses the header too
		for (String path : new String[] { "/actuator/health", "/", "/api/v1/statistics/summary" }) {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
					.header("Accept-Language", "en;q=2").build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
		}
	}

	@Test
	void aWellFormedAcceptLanguageStillChoosesEnglish() throws Exception {
		mvc.perform(get("/catalogue").header("Accept-Language", "en-GB,en;q=0.9,id;q=0.5"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"en\"")));
	}

	@Test
	void anUnsupportedLanguageFallsBackToBahasaIndonesiaAndSetsNoCookie() throws Exception {
		var page = mvc.perform(get("/catalogue").param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(cookie().doesNotExist("canting-lang"))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<html lang=\"id\"").doesNotContain("??");
		mvc.perform(get("/api/v1/catalogue/ikm/0").param("lang", "fr"))
			.andExpect(status().isNotFound())
			.andExpect(cookie().doesNotExist("canting-lang"))
			.andExpect(jsonPath("$.title").value("Tidak ditemukan"));
	}

	@Test
	void aStoredCookieOfAnUnsupportedLanguageIsIgnored() throws Exception {
		// set by an earlier version for a year
		Cookie french = new Cookie("canting-lang", "fr");
		String page = mvc.perform(get("/catalogue").cookie(french)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<html lang=\"id\"").doesNotContain("??");
		mvc.perform(get("/api/v1/catalogue/ikm/0").cookie(french))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("Tidak ditemukan"));
		mvc.perform(get("/catalogue").cookie(new Cookie("canting-lang", "en;q=2%00")))
			.andExpect(status().isOk());
	}

	@Test
	void englishIsRememberedInACookie() throws Exception {
		Cookie chosen = mvc.perform(get("/catalogue").param("lang", "en"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"en\"")))
			.andReturn().getResponse().getCookie("canting-lang");
		assertThat(chosen).isNotNull();
		assertThat(chosen.getValue()).isEqualTo("en");
		assertThat(chosen.isHttpOnly()).isTrue();
		mvc.perform(get("/api/v1/catalogue/ikm/0").cookie(chosen)).andExpect(jsonPath("$.title").value("Not found"));
	}
}
