package id.canting.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, across all app nodes (attempts are in the database): after
 * {@value #MAX_FAILURES_PER_USERNAME} failed sign-ins for one username within
 * {@link #WINDOW}, or {@value #MAX_FAILURES_PER_ADDRESS} from one client address, further attempts
 * are refused until {@link #WINDOW} has passed since the last failure.
 */
@Component
class LoginThrottle {

	static final int MAX_FAILURES_PER_USERNAME = 5;
	static final int MAX_FAILURES_PER_ADDRESS = 20;
	static final Duration WINDOW = Duration.ofMinutes(15);

	private final JdbcClient jdbc;
	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Seconds until this username and address may try again; zero when they may now. */
	long secondsToWait(String username, String address) {
		return Math.max(wait("username", username, MAX_FAILURES_PER_USERNAME),
				wait("client_address", address, MAX_FAILURES_PER_ADDRESS));
	}

	void record(String username, String address, boolean succeeded) {
		jdbc.sql("insert into login_attempt (username, client_address, succeeded, attempted_at) values (?, ?, ?, ?)")
			.params(truncate(username, 60), truncate(address, 64), succeeded, Timestamp.from(clock.instant()))
			.update();
	}

	// column is one of the two literals above, never input
	private long wait(String column, String value, int maxFailures) {
		Instant now = clock.instant();
		List<Instant> failures = jdbc.sql("select attempted_at from login_attempt where " + column
				+ " = ? and succeeded = false and attempted_at > ? order by attempted_at desc")
			.params(truncate(value, 64), Timestamp.from(now.minus(WINDOW.multipliedBy(2))))
			.query((rs, n) -> rs.getTimestamp(1).toInstant())
			.list();
		if (failures.size() < maxFailures) {
			return 0;
		}
		Instant last = failures.get(0);
		Instant nth = failures.get(maxFailures - 1);
		if (Duration.between(nth, last).compareTo(WINDOW) > 0) {
			return 0;
		}
		return Math.max(0, Duration.between(now, last.plus(WINDOW)).toSeconds());
	}

	private static String truncate(String value, int length) {
		String text = value == null ? "" : value;
		return text.length() <= length ? text : text.substring(0, length);
	}
}
