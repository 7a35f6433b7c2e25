package id.canting.imports;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.canting.registry.RegistryTestData;

/**
 * Removes what import tests committed (IKM with test NIBs 9199... or names "Uji Impor ..."), straight
 * from the tables: the application has no delete path, and other tests rely on the demo figures (so the
 * registry's tally is initialised again from what remains).
 */
public final class ImportTestData {

	static final String IMPORTED = "select id from ikm where nib like '9199%' or name like 'Uji Impor%' or name like '=%'";

	private ImportTestData() {
	}

	public static void removeImported(JdbcClient jdbc) {
		// by id in chunks: H2 runs "in (select …)" deletes row by row, which takes minutes for a bulk import
		List<Long> ids = jdbc.sql(IMPORTED).query(Long.class).list();
		boolean reports = tableExists(jdbc, "semester_report");
		for (int from = 0; from < ids.size(); from += 1_000) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1_000));
			for (String child : new String[] { "ikm_technique", "ikm_category", "ikm_dye" }) {
				jdbc.sql("delete from " + child + " where ikm_id in (:ids)").param("ids", chunk).update();
			}
			if (reports) {
				jdbc.sql("delete from semester_report where ikm_id in (:ids)").param("ids", chunk).update();
			}
			jdbc.sql("delete from ikm where id in (:ids)").param("ids", chunk).update();
		}
		RegistryTestData.reinitialiseTally(jdbc);
	}

	/** Waits until the job stops running (validation or commit), at most {@code limit}; returns it as it then is. */
	public static ImportJob await(ImportJobs imports, id.canting.shared.Actor actor, long id, java.time.Duration limit)
			throws InterruptedException {
		java.time.Instant deadline = java.time.Instant.now().plus(limit);
		ImportJob job = imports.job(actor, new ImportJobId(id));
		while (job.status().running() && java.time.Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
			job = imports.job(actor, new ImportJobId(id));
		}
		return job;
	}

	private static boolean tableExists(JdbcClient jdbc, String table) {
		return jdbc.sql("select count(*) from information_schema.tables where lower(table_name) = ?").param(table)
			.query(Long.class).single() > 0;
	}
}
