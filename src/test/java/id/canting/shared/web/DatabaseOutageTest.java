package id.canting.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import id.canting.CantingTest;
import id.canting.DatabaseOutage;
import jakarta.servlet.http.Cookie;

/**
 * While the database cannot be reached, every request answers 503 with Retry-After (Problem
 * Details on the API, a short page otherwise), including those whose session the session store
 * cannot load; the health check says DOWN. Never a 500 with a stack trace.
 */
@CantingTest
class DatabaseOutageTest {

	@Autowired
	MockMvc mvc;

	@Value("${local.server.port}")
	int port;

	@AfterEach
	void databaseComesBack() {
		DatabaseOutage.end();
	}

	@Test
	void theApiAnswers503WithRetryAfter() throws Exception {
		DatabaseOutage.begin();
		mvc.perform(get("/api/v1/catalogue/ikm"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(503));
		// a bearer token is looked up in the database before any controller
		mvc.perform(get("/api/v1/ikm").header("Authorization", "Bearer abc"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().exists("Retry-After"));
	}

	@Test
	void pagesAnswer503WithAFriendlyPage() throws Exception {
		DatabaseOutage.begin();
		mvc.perform(get("/catalogue"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
		// the session store reads the database in a filter, before any controller
		mvc.perform(get("/ikm").cookie(new Cookie("SESSION", "ZDZmYjM0NmMtMGE0Yy00YjI1LTk2YTMtNWM1ZDY3YjM0ZTNh")))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().exists("Retry-After"));
	}

	@Test
	void aPublicPageServedFromCopiesFailsAtItsFirstRefusedConnection() throws Exception {
		mvc.perform(get("/")).andExpect(status().isOk());
		DatabaseOutage.begin();
		mvc.perform(get("/")).andExpect(status().isServiceUnavailable()).andExpect(header().exists("Retry-After"));
		// the version read is refused; the page does not then wait for a second connection (a pool timeout each)
		assertThat(DatabaseOutage.refusedOnThisThread()).isEqualTo(1);
	}

	@Test
	void overRealHttpNothingLeaksAndHealthSaysDown() throws Exception {
		DatabaseOutage.begin();
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/catalogue"))
			.header("Cookie", "SESSION=ZDZmYjM0NmMtMGE0Yy00YjI1LTk2YTMtNWM1ZDY3YjM0ZTNh").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).isPresent();
		assertThat(page.body()).contains("<html").doesNotContain("Exception").doesNotContain("at id.canting");
		HttpResponse<String> health = client.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).isEqualTo(503);
		assertThat(health.body()).contains("DOWN");
		DatabaseOutage.end();
		assertThat(client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
				HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
	}
}
