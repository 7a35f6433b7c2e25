package id.canting;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Chooses the database the whole test run uses, before any Spring context starts: H2 in memory by
 * default, or, with {@code -Ppostgres} ({@code canting.test.database=postgres}), a fresh
 * {@code canting_test} database on the PostgreSQL server at localhost:5432 (user postgres), created
 * here and dropped when the run ends.
 */
public class TestDatabase implements LauncherSessionListener {

	static final String SERVER = System.getProperty("canting.test.postgres.server", "jdbc:postgresql://localhost:5432/");
	static final String USER = System.getProperty("canting.test.postgres.user", "postgres");
	// a separate name lets two checkouts on one machine run the PostgreSQL suite at the same time
	static final String DATABASE = System.getProperty("canting.test.postgres.database", "canting_test");

	private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

	/** The module tests' databases created on PostgreSQL in this run, dropped with the run's. */
	private static final Set<String> MODULE_DATABASES = ConcurrentHashMap.newKeySet();

	private boolean createdPostgres;

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		if (isPostgres()) {
			recreatePostgresDatabase();
			createdPostgres = true;
			System.setProperty("spring.datasource.url", SERVER + DATABASE);
			System.setProperty("spring.datasource.username", USER);
			System.setProperty("spring.datasource.password", "");
		}
		else {
			System.setProperty("spring.datasource.url", "jdbc:h2:mem:canting_test" + H2_OPTIONS);
			System.setProperty("spring.datasource.username", "sa");
			System.setProperty("spring.datasource.password", "");
		}
	}

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		if (createdPostgres) {
			execute("drop database if exists " + DATABASE + " with (force)");
		}
		for (String database : MODULE_DATABASES) {
			execute("drop database if exists " + database + " with (force)");
		}
	}

	/**
	 * A fresh, empty database for one module's tests ({@link ModuleDatabase}), on the run's kind of
	 * database: its URL (the user and password are the run's).
	 */
	static String moduleDatabaseUrl(String module) {
		String name = DATABASE + "_" + module;
		if (!isPostgres()) {
			return "jdbc:h2:mem:" + name + H2_OPTIONS;
		}
		execute("drop database if exists " + name + " with (force)");
		execute("create database " + name);
		MODULE_DATABASES.add(name);
		return SERVER + name;
	}

	public static boolean isPostgres() {
		return "postgres".equals(System.getProperty("canting.test.database"));
	}

	private static void recreatePostgresDatabase() {
		execute("drop database if exists " + DATABASE + " with (force)");
		execute("create database " + DATABASE);
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, "");
				var statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException("The PostgreSQL test run needs a PostgreSQL server at " + SERVER
					+ " accepting user '" + USER + "' without a password (trust auth). It did not answer: "
					+ e.getMessage() + ". Start it (e.g. pg_ctlcluster <version> main start) or run ./mvnw verify for H2.",
					e);
		}
	}
}
