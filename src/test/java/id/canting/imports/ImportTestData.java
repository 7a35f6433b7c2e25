package id.canting.imports;

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
		for (String child : new String[] { "ikm_technique", "ikm_category", "ikm_dye" }) {
			jdbc.sql("delete from " + child + " where ikm_id in (" + IMPORTED + ")").update();
		}
		if (tableExists(jdbc, "semester_report")) {
			jdbc.sql("delete from semester_report where ikm_id in (" + IMPORTED + ")").update();
		}
		jdbc.sql("delete from ikm where id in (" + IMPORTED + ")").update();
		RegistryTestData.reinitialiseTally(jdbc);
	}

	/** Waits until the job stops running (validation or commit), at most {@code limit}; returns it as it then is. */
	public static ImportJob await(ImportJobs imports, id.canting.shared.Actor actor, long id, java.time.Duration limit)
			throws InterruptedException {
		java.time.Instant deadline = java.time.Instant.now().plus(limit);
		ImportJob job = imports.job(actor, id);
		while (job.status().running() && java.time.Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
			job = imports.job(actor, id);
		}
		return job;
	}

	private static boolean tableExists(JdbcClient jdbc, String table) {
		return jdbc.sql("select count(*) from information_schema.tables where lower(table_name) = ?").param(table)
			.query(Long.class).single() > 0;
	}
}
