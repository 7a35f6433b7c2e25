package id.canting.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For tests that remove what they committed straight from the tables (the application has no delete
 * path): the tally the application keeps in step with every change knows nothing of such deletes, so
 * it is initialised again from the rows that remain, with the very statements of migration V10.
 */
public final class RegistryTestData {

	private RegistryTestData() {
	}

	/** Empties ikm_tally (and ikm.reported_*) and fills it again as V10 does. */
	public static void reinitialiseTally(JdbcClient jdbc) {
		jdbc.sql("delete from ikm_tally").update();
		jdbc.sql("update ikm set reported_semester = null, reported_workers = null where reported_semester is not null")
			.update();
		for (String statement : initialisation().split(";")) {
			if (!statement.isBlank()) {
				jdbc.sql(statement).update();
			}
		}
	}

	/** The statements of V10 from its "-- tally: initialise" line on (comments and all). */
	static String initialisation() {
		try {
			String migration = new ClassPathResource("db/migration/V10__registry_tally.sql")
				.getContentAsString(StandardCharsets.UTF_8);
			return migration.substring(migration.indexOf("-- tally: initialise")).replaceAll("(?m)^--.*$", "");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
