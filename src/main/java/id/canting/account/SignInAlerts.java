package id.canting.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;

/**
 * Accounts that someone has recently tried to sign in to too often, for the alert on the admins'
 * home page; the audit trail holds the same alerts for good.
 */
@Service
@Transactional(readOnly = true)
public class SignInAlerts {

	static final int MAX_SHOWN = 20;

	private final JdbcClient jdbc;
	private final Clock clock;
	private final LoginThrottleSettings settings;

	SignInAlerts(JdbcClient jdbc, Clock clock, LoginThrottleSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
	}

	/**
	 * The accounts with an alert within {@code canting.login.throttle.alerts-shown-for} (a day by
	 * default), the latest first, one line each.
	 *
	 * @throws ForbiddenException ({@code account.forbidden}) for anyone but an admin
	 */
	public List<SignInAlert> recent(Actor reader) {
		if (!reader.isAdmin()) {
			throw new ForbiddenException("account.forbidden");
		}
		return jdbc.sql("""
				select username, max(raised_at), max(failures), max(client_addresses) from login_alert
				where raised_at > ? group by username order by 2 desc, username limit ?""")
			.params(Timestamp.from(clock.instant().minus(settings.alertsShownFor())), MAX_SHOWN)
			.query((rs, n) -> new SignInAlert(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getInt(3), rs.getInt(4)))
			.list();
	}
}
