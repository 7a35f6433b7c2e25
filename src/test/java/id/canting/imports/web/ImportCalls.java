package id.canting.imports.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;

import org.springframework.test.web.servlet.MockMvc;

import id.canting.TestLogins;

/** What the import API tests do again and again: wait for a job to reach a status. */
final class ImportCalls {

	private ImportCalls() {
	}

	/** Polls the job as an admin until it has the status, for at most a minute. */
	static void awaitStatus(MockMvc mvc, TestLogins logins, long id, String expected) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		String status = "";
		while (!status.equals(expected) && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
			status = mvc.perform(get("/api/v1/imports/" + id).with(logins.as("admin"))).andReturn().getResponse()
				.getContentAsString().replaceAll(".*\"status\":\"([A-Z]+)\".*", "$1");
		}
		assertThat(status).isEqualTo(expected);
	}
}
