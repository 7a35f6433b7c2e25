package id.canting.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.InputStream;
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
import id.canting.shared.PageRequest;
import id.canting.shared.RuleRefusedException;

/**
 * The corpus of good and bad files under src/test/resources/imports, each with the exact errors it
 * must produce, and both ways to commit. Imported IKM are removed after each test (directly in the
 * tables: the application itself has no delete path), so the demo figures stay as other tests expect.
 */
@CantingTest
class ImportJobsTest {

	@Autowired
	ImportJobs imports;

	@Autowired
	AccountSessions sessions;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeImportedIkm() {
		ImportTestData.removeImported(jdbc);
	}

	@Test
	void readsEnglishHeadersInAnyOrderAndCommitsAllRows() throws Exception {
		ImportJob job = validate("ikm-valid-en.csv", "admin");
		assertThat(job.status()).isEqualTo(ImportStatus.READY);
		assertThat(errors(job)).isEmpty();
		assertThat(job.countNew()).isEqualTo(3);
		long before = ikmCount();
		ImportJob done = commit(job, "admin", CommitMode.ALL_OR_NOTHING);
		assertThat(done.status()).isEqualTo(ImportStatus.DONE);
		assertThat(done.countCommitted()).isEqualTo(3);
		assertThat(ikmCount()).isEqualTo(before + 3);
		assertThat(jdbc.sql("select size_class from ikm where nib = '9199000000002'").query(String.class).single())
			.isEqualTo("MENENGAH");
	}

	@Test
	void readsSemicolonsBomIndonesianNumbersQuotedNewlinesAndRegencyNames() throws Exception {
		ImportJob job = validate("ikm-semicolon-bom.csv", "officer.33");
		assertThat(errors(job)).isEmpty();
		assertThat(job.countNew()).isEqualTo(2);
		commit(job, "officer.33", CommitMode.ALL_OR_NOTHING);
		assertThat(jdbc.sql("select investment_idr from ikm where nib = '9199000000011'").query(Long.class).single())
			.isEqualTo(1_500_000L);
		assertThat(jdbc.sql("select capacity_per_month from ikm where nib = '9199000000012'").query(Integer.class).single())
			.isEqualTo(3000);
		assertThat(jdbc.sql("select regency_code from ikm where nib = '9199000000012'").query(String.class).single())
			.isEqualTo("33.26");
		assertThat(jdbc.sql("select address from ikm where nib = '9199000000011'").query(String.class).single())
			.isEqualTo("Jl. Kauman No. 5\nRT 02/RW 03");
	}

	@Test
	void readsTheFirstSheetOfAnXlsxWhateverItsNumberFormats() throws Exception {
		ImportJob job = validate("ikm-two-sheets.xlsx", "admin");
		assertThat(job.fileFormat()).isEqualTo("XLSX");
		assertThat(errors(job)).isEmpty();
		assertThat(job.countNew()).isEqualTo(2);
		commit(job, "admin", CommitMode.ALL_OR_NOTHING);
		assertThat(jdbc.sql("select investment_idr from ikm where nib = '9199000000091'").query(Long.class).single())
			.isEqualTo(1_250_000L);
	}

	@Test
	void refusesFilesThatAreNotUtf8CsvOrXlsxByTheirContent() throws Exception {
		assertThat(validate("ikm-latin1.csv", "admin").failureKey()).isEqualTo("import.file.not-utf8");
		assertThat(validate("renamed-pdf.csv", "admin").failureKey()).isEqualTo("import.file.not-spreadsheet");
		assertThat(validate("empty.csv", "admin").failureKey()).isEqualTo("import.file.empty");
		assertThat(validate("header-only.csv", "admin").failureKey()).isEqualTo("import.file.no-rows");
	}

	@Test
	void namesEveryMissingRequiredColumn() throws Exception {
		ImportJob missing = validate("ikm-missing-column.csv", "admin");
		assertThat(missing.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(errors(missing)).containsExactly("1|Jenis kelamin pemilik|import.header.missing");
		ImportJob pipes = validate("wrong-delimiter.csv", "admin");
		assertThat(pipes.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(pipes.failureKey()).isEqualTo("import.failed.header");
	}

	@Test
	void marksBothRowsOfADuplicateNib() throws Exception {
		ImportJob job = validate("ikm-duplicate-nib.csv", "admin");
		assertThat(errors(job)).containsExactlyInAnyOrder("3|NIB|import.duplicate-key", "2|NIB|import.duplicate-key");
		assertThat(job.countInvalid()).isEqualTo(2);
		assertThat(job.countNew()).isEqualTo(1);
	}

	@Test
	void theRejectedFileHoldsTheCellsOfBothRowsOfADuplicateNibAsTyped() throws Exception {
		// valid rows are stored without their cells; the two found duplicate at the end are read again
		ImportJob job = validate("ikm-duplicate-nib.csv", "admin");
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		imports.writeRejected(actor("admin"), job.jobId(), "csv", out);
		List<String> lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(1)).contains("9199000000031").contains("Uji Impor Satu").contains("33.75");
		assertThat(lines.get(2)).contains("9199000000031").contains("Uji Impor Dua");
		assertThat(String.join("\n", lines)).doesNotContain("Uji Impor Tiga");
	}

	@Test
	void namesUnknownAndAmbiguousRegencies() throws Exception {
		ImportJob job = validate("ikm-unknown-regency.csv", "admin");
		assertThat(errors(job)).containsExactly("2|Kabupaten/kota|import.regency.unknown",
				"3|Kabupaten/kota|import.regency.ambiguous");
	}

	@Test
	void usesTheRegistryRulesForPrintingAndNumbers() throws Exception {
		ImportJob job = validate("ikm-printing.csv", "admin");
		assertThat(errors(job)).containsExactly("2|Teknik|validation.technique.printing",
				"3|Tenaga kerja laki-laki|import.cell.number");
	}

	@Test
	void keepsFormulaLikeTextAsTextAndRemovesTheExportsProtectingQuote() throws Exception {
		ImportJob job = validate("ikm-formula.csv", "admin");
		assertThat(errors(job)).isEmpty();
		commit(job, "admin", CommitMode.ALL_OR_NOTHING);
		assertThat(jdbc.sql("select name from ikm where nib = '9199000000061'").query(String.class).single())
			.isEqualTo("=HYPERLINK(\"http://contoh.id\")");
		assertThat(jdbc.sql("select name from ikm where nib = '9199000000062'").query(String.class).single())
			.isEqualTo("=Uji Impor Kutip");
	}

	@Test
	void anOfficerImportsOnlyRowsOfTheirProvince() throws Exception {
		ImportJob job = validate("ikm-other-province.csv", "officer.33");
		assertThat(errors(job)).containsExactly("2|Kabupaten/kota|import.scope.province");
		assertThat(job.countNew()).isEqualTo(1);
	}

	@Test
	void allOrNothingIsRefusedWhileRowsAreInvalidAndChangesNothing() throws Exception {
		ImportJob job = validate("ikm-unknown-regency.csv", "admin");
		long before = ikmCount();
		Throwable refused = catchThrowable(() -> imports.commit(actor("admin"), job.jobId(), CommitMode.ALL_OR_NOTHING));
		assertThat(refused).isInstanceOf(RuleRefusedException.class);
		assertThat(ikmCount()).isEqualTo(before);
		assertThat(imports.job(actor("admin"), job.jobId()).status()).isEqualTo(ImportStatus.READY);
	}

	@Test
	void validRowsModeCommitsExactlyTheValidRows() throws Exception {
		ImportJob job = validate("ikm-unknown-regency.csv", "admin");
		long before = ikmCount();
		ImportJob done = commit(job, "admin", CommitMode.VALID_ROWS);
		assertThat(done.countCommitted()).isEqualTo(1);
		assertThat(ikmCount()).isEqualTo(before + 1);
		assertThat(jdbc.sql("select count(*) from ikm where nib = '9199000000043'").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aSecondImportOfTheSameFileFindsEveryRowUnchanged() throws Exception {
		commit(validate("ikm-valid-en.csv", "admin"), "admin", CommitMode.ALL_OR_NOTHING);
		ImportJob again = validate("ikm-valid-en.csv", "admin");
		// the row without NIB cannot be matched (a new IKM each time); the others are found by NIB
		assertThat(again.countUnchanged()).isEqualTo(2);
		assertThat(again.countNew()).isEqualTo(1);
	}

	@Test
	void buyersAndOwnersCannotImport() {
		for (String user : List.of("buyer", "owner", "assessor")) {
			assertThat(catchThrowable(() -> imports.start(actor(user), ImportKind.IKM, "x.csv", InputStream.nullInputStream(), "id")))
				.isInstanceOf(id.canting.shared.ForbiddenException.class);
		}
	}

	ImportJob validate(String file, String user) throws Exception {
		try (InputStream in = getClass().getResourceAsStream("/imports/" + file)) {
			ImportJob job = imports.start(actor(user), ImportKind.IKM, file, in, "id");
			return await(job.id(), user);
		}
	}

	ImportJob commit(ImportJob job, String user, CommitMode mode) throws Exception {
		imports.commit(actor(user), job.jobId(), mode);
		return await(job.id(), user);
	}

	ImportJob await(long id, String user) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		ImportJob job = imports.job(actor(user), new ImportJobId(id));
		while (job.status().running() && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
			job = imports.job(actor(user), new ImportJobId(id));
		}
		return job;
	}

	List<String> errors(ImportJob job) {
		return imports.errors(actor("admin"), job.jobId(), new PageRequest(0, 200, "row", true)).content().stream()
			.map(e -> e.rowNumber() + "|" + e.column() + "|" + e.messageKey())
			.toList();
	}

	Actor actor(String user) {
		return sessions.principalOf(user).orElseThrow().actor();
	}

	long ikmCount() {
		return jdbc.sql("select count(*) from ikm").query(Long.class).single();
	}
}
