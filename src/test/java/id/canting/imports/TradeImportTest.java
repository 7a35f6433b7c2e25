package id.canting.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.canting.CantingTest;
import id.canting.account.AccountSessions;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;
import id.canting.shared.PageRequest;

/** Export records (a BPS extract) arrive through the same import jobs, checked with the trade rules; admins only. */
@CantingTest
class TradeImportTest {

	@Autowired
	ImportJobs imports;

	@Autowired
	AccountSessions sessions;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeImportedRecords() {
		jdbc.sql("delete from export_record where month_start >= ?").param(java.sql.Date.valueOf("2031-01-01")).update();
	}

	@Test
	void anAdminImportsExportRecordsWithCountryNamesAndIndonesianNumbers() throws Exception {
		String csv = "Bulan;Kode HS;Negara tujuan;Nilai (USD);Berat bersih (kg);Sumber\n"
				+ "2031-01;5208.52.10;Jepang;1.250.000,50;12.000;BPS\n"
				+ "2031-01;5208.52.10;United States;300.000;2.500;BPS\n"
				+ "2031-02;5208521;US;10;1;BPS\n"
				+ "2031-02;52085210;Atlantis;10;1;BPS\n"
				+ "2031-03;52085910;NL;20;2;BPS\n"
				+ "2031-03;5208.59.10;nl;30;3;BPS\n";
		Actor admin = sessions.principalOf("admin").orElseThrow().actor();
		ImportJob job = await(admin, imports.start(admin, ImportKind.TRADE, "ekspor.csv",
				new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "id").id());

		List<String> errors = imports.errors(admin, job.jobId(), new PageRequest(0, 50, "row", true)).content().stream()
			.map(e -> e.rowNumber() + "|" + e.column() + "|" + e.messageKey()).toList();
		assertThat(errors).containsExactlyInAnyOrder("4|Kode HS|validation.hs-code", "5|Negara tujuan|import.country.unknown",
				"6|Bulan|import.duplicate-key", "7|Bulan|import.duplicate-key");
		assertThat(job.countNew()).isEqualTo(2);
		assertThat(job.countInvalid()).isEqualTo(4);

		imports.commit(admin, job.jobId(), CommitMode.VALID_ROWS);
		job = await(admin, job.id());
		assertThat(job.status()).isEqualTo(ImportStatus.DONE);
		assertThat(jdbc.sql("select value_usd from export_record where month_start = ? and country_code = 'JP'")
			.param(java.sql.Date.valueOf("2031-01-01")).query(BigDecimal.class).single())
			.isEqualByComparingTo("1250000.50");
		assertThat(jdbc.sql("select count(*) from export_record where month_start >= ?")
			.param(java.sql.Date.valueOf("2031-01-01")).query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void officersMayNotImportTradeData() {
		Actor officer = sessions.principalOf("officer.33").orElseThrow().actor();
		assertThatThrownBy(() -> imports.start(officer, ImportKind.TRADE, "ekspor.csv",
				new ByteArrayInputStream("Bulan\n".getBytes(StandardCharsets.UTF_8)), "id"))
			.isInstanceOf(ForbiddenException.class);
	}

	private ImportJob await(Actor actor, long id) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		ImportJob job = imports.job(actor, new ImportJobId(id));
		while (job.status().running() && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
			job = imports.job(actor, new ImportJobId(id));
		}
		return job;
	}
}
