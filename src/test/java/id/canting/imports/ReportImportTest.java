package id.canting.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
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
import id.canting.registry.RegistryTestData;
import id.canting.shared.Actor;
import id.canting.shared.PageRequest;

/** Semester reports arrive through the same import jobs, checked with the report rules and the officer's scope. */
@CantingTest
class ReportImportTest {

	static final String SEMESTER = "2025-S2";

	@Autowired
	ImportJobs imports;

	@Autowired
	AccountSessions sessions;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeImportedReports() {
		jdbc.sql("delete from semester_report where semester = ?").param(SEMESTER).update();
		RegistryTestData.reinitialiseTally(jdbc);
	}

	@Test
	void anOfficerFilesReportsOfTheirProvinceAndSeesEveryOtherRowRefused() throws Exception {
		List<String> jateng = jdbc.sql("select nib from ikm where province_code = '33' and status = 'ACTIVE' and nib is not null order by id limit 2")
			.query(String.class).list();
		String jatim = jdbc.sql("select nib from ikm where province_code = '35' and nib is not null order by id limit 1")
			.query(String.class).single();
		String money = ";Rp25.000.000;12.500.000;40.000.000;0;2";
		String csv = "NIB;Semester;Tenaga kerja laki-laki;Tenaga kerja perempuan;Produksi (potong);Kapasitas terpasang (potong);"
				+ "Investasi (Rp);Bahan baku (Rp);Penjualan dalam negeri (Rp);Penjualan ekspor (Rp);Jumlah mesin\n"
				+ jateng.get(0) + ";" + SEMESTER + ";3;9;1.200;2.000" + money + "\n"
				+ jateng.get(1) + ";" + SEMESTER + ";1;4;5.000;2.000" + money + "\n"
				+ jatim + ";" + SEMESTER + ";2;2;100;200" + money + "\n"
				+ "9100000000000;" + SEMESTER + ";2;2;100;200" + money + "\n";
		Actor officer = sessions.principalOf("officer.33").orElseThrow().actor();
		ImportJob job = imports.start(officer, ImportKind.REPORT, "laporan.csv",
				new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "id");
		job = await(officer, job.id());
		List<String> errors = imports.errors(officer, job.jobId(), new PageRequest(0, 50, "row", true)).content().stream()
			.map(e -> e.rowNumber() + "|" + e.column() + "|" + e.messageKey()).toList();
		assertThat(errors).containsExactly("3|Produksi (potong)|report.validation.above-capacity",
				"4|NIB|import.scope.nib", "5|NIB|import.report.ikm-unknown");
		assertThat(job.countNew()).isEqualTo(1);

		imports.commit(officer, job.jobId(), CommitMode.VALID_ROWS);
		job = await(officer, job.id());
		assertThat(job.status()).isEqualTo(ImportStatus.DONE);
		assertThat(jdbc.sql("select r.workers_female from semester_report r join ikm i on i.id = r.ikm_id where i.nib = ? and r.semester = ?")
			.params(jateng.get(0), SEMESTER).query(Integer.class).single()).isEqualTo(9);
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
