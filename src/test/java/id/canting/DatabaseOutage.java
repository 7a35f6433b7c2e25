package id.canting;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Lets a test take the database away: while {@link #begin()} is in force, every new connection
 * fails as Hikari fails when PostgreSQL is down (connection timeout). Wraps the application's one
 * DataSource, so the session store, security filters, services and the health check all see it.
 * A test must {@link #end()} it in a finally block.
 */
@Component
public class DatabaseOutage implements BeanPostProcessor {

	private static volatile boolean down;
	/** Per thread: MockMvc runs a request on the test's thread, the scheduled jobs ask on theirs. */
	private static final ThreadLocal<int[]> refusedHere = ThreadLocal.withInitial(() -> new int[1]);

	public static void begin() {
		refusedHere.get()[0] = 0;
		down = true;
	}

	/**
	 * Connections this thread asked for and was refused since {@link #begin()}: each one costs a real
	 * request the pool's timeout.
	 */
	public static int refusedOnThisThread() {
		return refusedHere.get()[0];
	}

	public static void end() {
		down = false;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && "dataSource".equals(beanName)) {
			return new Switchable(dataSource);
		}
		return bean;
	}

	static final class Switchable extends DelegatingDataSource {

		Switchable(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			refuseWhileDown();
			return super.getConnection();
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			refuseWhileDown();
			return super.getConnection(username, password);
		}

		private static void refuseWhileDown() throws SQLException {
			if (down) {
				refusedHere.get()[0]++;
				throw new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out (test outage)", "08001");
			}
		}
	}
}
