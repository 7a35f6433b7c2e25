package id.canting.account.internal;

import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Part of readiness ({@code /actuator/health/readiness}, component {@code signIn}): up only when
 * someone can sign in, i.e. {@link FirstAccounts} has done its work on this node (created the demo
 * accounts or the first administrator, or found accounts already there) and an enabled account
 * exists. Spring Boot's own readiness state turns ready only after the start's event listeners, the
 * demo loaders among them; this says the outcome itself, so a script or a load balancer that waits for
 * ready never meets a refused demo sign-in, whatever order the start runs in.
 */
@Component
class SignInHealthIndicator extends AbstractHealthIndicator {

	private final BooleanSupplier firstAccountsDone;
	private final LongSupplier enabledAccounts;

	@Autowired
	SignInHealthIndicator(FirstAccounts firstAccounts, JdbcClient jdbc) {
		this(firstAccounts::done,
				() -> jdbc.sql("select count(*) from user_account where enabled").query(Long.class).single());
	}

	SignInHealthIndicator(BooleanSupplier firstAccountsDone, LongSupplier enabledAccounts) {
		this.firstAccountsDone = firstAccountsDone;
		this.enabledAccounts = enabledAccounts;
	}

	/** A database that cannot be read makes this DOWN (the base class turns the exception into it). */
	@Override
	protected void doHealthCheck(Health.Builder health) {
		if (!firstAccountsDone.getAsBoolean()) {
			health.outOfService().withDetail("reason", "the first accounts are being created");
			return;
		}
		long enabled = enabledAccounts.getAsLong();
		(enabled > 0 ? health.up() : health.outOfService()).withDetail("enabledAccounts", enabled);
	}
}
