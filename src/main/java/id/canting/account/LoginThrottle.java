package id.canting.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import id.canting.account.LoginBackOff.PairFailures;
import id.canting.account.LoginBackOff.Verdict;

/**
 * Keeps the record {@link LoginBackOff} decides on, in {@code login_attempt} so that every app node
 * sees every attempt.
 *
 * <p>An attempt is written <em>before</em> its password is checked, as a failure, and the check
 * counts every other attempt: so a burst of parallel requests cannot all pass the check before any
 * of them is recorded (each sees the others). A refused attempt is then removed (waiting and trying
 * again costs nothing more), a successful one marked as such; the audit trail keeps both.
 */
@Component
@EnableConfigurationProperties(LoginThrottleSettings.class)
class LoginThrottle {

	private final JdbcClient jdbc;
	private final Clock clock;
	private final LoginThrottleSettings settings;
	private final LoginBackOff rule;

	LoginThrottle(JdbcClient jdbc, Clock clock, LoginThrottleSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
		this.rule = new LoginBackOff(settings);
	}

	/** Records an attempt about to be checked, as a failure until {@link #succeeded}; returns its id. */
	long begin(String username, String address) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("insert into login_attempt (username, client_address, succeeded, attempted_at) values (?, ?, false, ?)")
			.params(name(username), address(address), Timestamp.from(now()))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/** Whether the attempt must wait, judged on every attempt but itself. */
	Verdict check(long attempt, String username, String address) {
		Instant now = now();
		PairFailures pair = pairFailures(attempt, name(username), address(address), now);
		List<Instant> addressFailures = addressFailures(attempt, address(address), now);
		boolean underAttack = rule.accountMatters(pair)
				&& rule.underAttack(accountFailures(attempt, name(username), now).failures());
		return rule.decide(pair, addressFailures, underAttack, now);
	}

	/** A refused attempt does not count: waiting and trying again is what the caller was asked to do. */
	void refused(long attempt) {
		jdbc.sql("delete from login_attempt where id = ?").param(attempt).update();
	}

	/** The password was right: the pair's failures are forgiven, and the address's for this username. */
	void succeeded(long attempt) {
		jdbc.sql("update login_attempt set succeeded = true where id = ?").param(attempt).update();
	}

	/**
	 * The password was wrong (the attempt stays a failure). When an existing account has now failed
	 * too often from anywhere, an alert is raised, once per account window.
	 */
	Optional<LoginAttackDetected> failed(String username, boolean accountExists) {
		if (!accountExists) {
			return Optional.empty();
		}
		Instant now = now();
		String name = name(username);
		AccountFailures failures = accountFailures(-1, name, now);
		if (!rule.underAttack(failures.failures())) {
			return Optional.empty();
		}
		boolean alreadyRaised = jdbc.sql("select count(*) from login_alert where username = ? and raised_at > ?")
			.params(name, Timestamp.from(now.minus(settings.accountWindow())))
			.query(Long.class)
			.single() > 0;
		if (alreadyRaised) {
			return Optional.empty();
		}
		jdbc.sql("insert into login_alert (username, raised_at, failures, client_addresses) values (?, ?, ?, ?)")
			.params(name, Timestamp.from(now), failures.failures(), failures.addresses())
			.update();
		return Optional.of(new LoginAttackDetected(name, failures.failures(), failures.addresses(),
				settings.accountWindow()));
	}

	/** Attempts older than every window, and alerts no longer shown, can never count again (the audit keeps them). */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
	void forgetOldAttempts() {
		Instant now = now();
		jdbc.sql("delete from login_attempt where attempted_at < ?")
			.param(Timestamp.from(now.minus(settings.longestWindow())))
			.update();
		var alertAge = settings.alertsShownFor().compareTo(settings.accountWindow()) >= 0 ? settings.alertsShownFor()
				: settings.accountWindow();
		jdbc.sql("delete from login_alert where raised_at < ?").param(Timestamp.from(now.minus(alertAge))).update();
	}

	private PairFailures pairFailures(long attempt, String username, String address, Instant now) {
		return jdbc.sql("""
				select count(*), max(attempted_at) from login_attempt
				where username = :username and client_address = :address and succeeded = false
				  and attempted_at > :since and id <> :attempt
				  and id > coalesce((select max(id) from login_attempt
				                     where username = :username and client_address = :address and succeeded = true), 0)""")
			.param("username", username)
			.param("address", address)
			.param("since", Timestamp.from(now.minus(settings.pairMemory())))
			.param("attempt", attempt)
			.query((rs, n) -> {
				Timestamp latest = rs.getTimestamp(2);
				return latest == null ? PairFailures.NONE : new PairFailures(rs.getInt(1), latest.toInstant());
			})
			.single();
	}

	/** Per username with a failure from this address in the window that no later success from there made good: its latest. */
	private List<Instant> addressFailures(long attempt, String address, Instant now) {
		return jdbc.sql("""
				select max(f.attempted_at) from login_attempt f
				where f.client_address = :address and f.succeeded = false and f.attempted_at > :since and f.id <> :attempt
				  and not exists (select 1 from login_attempt s
				                  where s.username = f.username and s.client_address = f.client_address
				                    and s.succeeded = true and s.id > f.id)
				group by f.username""")
			.param("address", address)
			.param("since", Timestamp.from(now.minus(settings.addressWindow())))
			.param("attempt", attempt)
			.query((rs, n) -> rs.getTimestamp(1).toInstant())
			.list();
	}

	private AccountFailures accountFailures(long attempt, String username, Instant now) {
		return jdbc.sql("""
				select count(*), count(distinct client_address) from login_attempt
				where username = ? and succeeded = false and attempted_at > ? and id <> ?""")
			.params(username, Timestamp.from(now.minus(settings.accountWindow())), attempt)
			.query((rs, n) -> new AccountFailures(rs.getInt(1), rs.getInt(2)))
			.single();
	}

	/**
	 * Milliseconds are plenty here, and both databases store them exactly (a finer instant could be
	 * rounded up when stored and then seem younger than it is).
	 */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private record AccountFailures(int failures, int addresses) {
	}

	// cut to the columns, the same way for writing and for every lookup
	private static String name(String username) {
		return cut(username, 60);
	}

	private static String address(String address) {
		return cut(address, 64);
	}

	private static String cut(String value, int length) {
		String text = value == null ? "" : value;
		return text.length() <= length ? text : text.substring(0, length);
	}
}
