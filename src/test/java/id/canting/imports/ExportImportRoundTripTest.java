package id.canting.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;
import id.canting.shared.Actor;

/** An exported file imports back with every row unchanged: same columns, same values, nothing lost. */
@CantingTest
class ExportImportRoundTripTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	ImportJobs imports;

	@Autowired
	AccountSessions sessions;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "csv", "xlsx" })
	void anExportImportsBackWithEveryRowUnchanged(String format) throws Exception {
		byte[] file = mvc.perform(get("/api/v1/ikm/export").param("format", format).param("regency", "33.75")
			.with(logins.as("officer.33"))).andReturn().getResponse().getContentAsByteArray();
		long exported = jdbc.sql("select count(*) from ikm where regency_code = '33.75'").query(Long.class).single();
		assertThat(exported).isGreaterThan(20);

		Actor officer = sessions.principalOf("officer.33").orElseThrow().actor();
		ImportJob job = imports.start(officer, ImportKind.IKM, "ekspor." + format, new ByteArrayInputStream(file), "id");
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (job.status().running() && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
			job = imports.job(officer, job.jobId());
		}
		assertThat(imports.errors(officer, job.jobId(), new id.canting.shared.PageRequest(0, 20, "row", true)).content())
			.isEmpty();
		assertThat(job.countUnchanged()).isEqualTo((int) exported);
		assertThat(job.countNew() + job.countUpdated() + job.countInvalid()).isZero();
	}
}
