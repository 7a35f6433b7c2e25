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
import id.canting.registry.IkmInput;
import id.canting.registry.IkmManagement;
import id.canting.registry.RegistryTestData;
import id.canting.shared.Actor;

/**
 * The bulk commit of an import larger than one commit batch ({@link ImportCommitter#BATCH}): on
 * PostgreSQL it COPYs rows and writes the tally once before the transaction commits, on H2 it uses
 * JDBC batches; either way the result is what single registrations give, and a failure in a late
 * batch leaves nothing of the import behind.
 */
@CantingTest
class BulkImportCommitTest {

	static final int ROWS = ImportCommitter.BATCH + 1;
	static final String[] REGENCIES = { "33.75", "33.26", "34.71", "35.78", "32.73" };
	static final String[] TECHNIQUES = { "TULIS", "CAP", "\"TULIS, CAP\"", "KOMBINASI" };
	static final String[] DYES = { "NATURAL", "SYNTHETIC", "" };

	@Autowired
	ImportJobs imports;

	@Autowired
	IkmManagement ikms;

	@Autowired
	AccountSessions sessions;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeImportedIkm() {
		ImportTestData.removeImported(jdbc);
	}

	@Test
	void writesEveryRowWithItsChildRowsAuditEntryAndTheTallySingleRegistrationsWouldGive() throws Exception {
		ImportJob job = validate();
		assertThat(job.countNew()).isEqualTo(ROWS);

		ImportJob done = commit(job);

		assertThat(done.status()).isEqualTo(ImportStatus.DONE);
		assertThat(done.countCommitted()).isEqualTo(ROWS);
		assertThat(count("select count(*) from ikm where name like 'Uji Impor Bulk%'")).isEqualTo(ROWS);
		// techniques: one row per single technique, two for "TULIS, CAP"
		assertThat(count("select count(*) from ikm_technique t join ikm i on i.id = t.ikm_id where i.name like 'Uji Impor Bulk%'"))
			.isEqualTo(ROWS + ROWS / 4 + (ROWS % 4 > 2 ? 1 : 0));
		assertThat(count("select count(*) from audit_entry where entity_type = 'ikm' and action = 'CREATED'"
				+ " and summary like 'Uji Impor Bulk%'")).isEqualTo(ROWS);
		// COPY's text format escapes backslashes and tabs; the stored value is the one in the file
		assertThat(jdbc.sql("select address from ikm where nib = ?").param(nib(7)).query(String.class).single())
			.isEqualTo("Jl. Batik \\ No. 7");
		assertThat(jdbc.sql("select created_at = updated_at from ikm where nib = ?").param(nib(7))
			.query(Boolean.class).single()).isTrue();
		assertTallyIsWhatTheRegistryHolds();
		assertNoChildRowWithoutItsIkm();
	}

	/** What the foreign keys of the child rows checked before V26 dropped them on PostgreSQL. */
	void assertNoChildRowWithoutItsIkm() {
		for (String child : List.of("ikm_technique", "ikm_category", "ikm_dye")) {
			assertThat(count("select count(*) from " + child + " c where not exists (select 1 from ikm i where i.id = c.ikm_id)"))
				.as(child).isZero();
		}
	}

	@Test
	void aNibRegisteredAfterValidationFailsTheCommitAndLeavesNothingOfTheImport() throws Exception {
		ImportJob job = validate();
		long ikmBefore = count("select count(*) from ikm");
		long auditBefore = count("select count(*) from audit_entry");
		// someone registers the NIB of the file's last row, which the second commit batch writes
		IkmInput meanwhile = new IkmInput(nib(ROWS - 1), "Uji Impor Sementara", "Siti Aminah", "FEMALE", null, "33.75",
				null, "REGULAR", List.of("TULIS"), List.of("FABRIC"), List.of(), 1, 2, null, 10_000_000L, null, null,
				null);
		ikms.register(actor(), meanwhile);

		ImportJob failed = commit(job);

		assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(failed.failureKey()).isEqualTo("ikm.duplicate-nib.since-validation");
		assertThat(count("select count(*) from ikm")).isEqualTo(ikmBefore + 1);
		assertThat(count("select count(*) from ikm where name like 'Uji Impor Bulk%'")).isZero();
		assertThat(count("select count(*) from audit_entry")).isEqualTo(auditBefore + 1);
		assertTallyIsWhatTheRegistryHolds();
		assertNoChildRowWithoutItsIkm();
	}

	/** The tally kept up to date equals the tally computed afresh from the IKM, as V10 does. */
	private void assertTallyIsWhatTheRegistryHolds() {
		List<String> kept = tally();
		RegistryTestData.reinitialiseTally(jdbc);
		assertThat(kept).isEqualTo(tally());
	}

	private List<String> tally() {
		return jdbc.sql("""
				select dimension, tally_key, province_code, ikm, workers from ikm_tally
				where ikm <> 0 or workers <> 0 order by dimension, tally_key, province_code""")
			.query((rs, n) -> String.join("/", rs.getString(1), rs.getString(2), rs.getString(3)) + "=" + rs.getLong(4)
					+ "/" + rs.getLong(5))
			.list();
	}

	private static String nib(int row) {
		return String.format("9199%09d", row);
	}

	/** A CSV of {@link #ROWS} valid new IKM in five regencies of four provinces. */
	private static byte[] file() {
		StringBuilder csv = new StringBuilder(
				"IKM name,NIB,Owner name,Owner gender,Address,Regency/city,Kind of unit,Techniques,Product categories,Dyes,"
						+ "Male workers,Female workers,Investment (IDR)\n");
		for (int i = 0; i < ROWS; i++) {
			csv.append("Uji Impor Bulk ").append(i).append(',').append(nib(i)).append(",Siti Aminah,")
				.append(i % 3 == 0 ? "MALE" : "FEMALE").append(",Jl. Batik \\ No. ").append(i).append(',')
				.append(REGENCIES[i % REGENCIES.length]).append(",REGULAR,").append(TECHNIQUES[i % TECHNIQUES.length])
				.append(",FABRIC,").append(DYES[i % DYES.length]).append(',').append(i % 7).append(',').append(1 + i % 11)
				.append(',').append(10_000_000L * (1 + i % 90)).append('\n');
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private ImportJob validate() throws InterruptedException {
		ImportJob job = imports.start(actor(), ImportKind.IKM, "bulk.csv", new ByteArrayInputStream(file()), "en");
		ImportJob ready = await(job.id());
		assertThat(ready.status()).isEqualTo(ImportStatus.READY);
		assertThat(ready.countInvalid()).isZero();
		return ready;
	}

	private ImportJob commit(ImportJob job) throws InterruptedException {
		imports.commit(actor(), job.jobId(), CommitMode.ALL_OR_NOTHING);
		return await(job.id());
	}

	private ImportJob await(long id) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		ImportJob job = imports.job(actor(), new ImportJobId(id));
		while (job.status().running() && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
			job = imports.job(actor(), new ImportJobId(id));
		}
		return job;
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private Actor actor() {
		return sessions.principalOf("admin").orElseThrow().actor();
	}
}
