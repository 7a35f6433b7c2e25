package id.canting.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The rule of sign-in throttling (OWASP authentication cheat sheet, "login throttling"), without the
 * database: given what was recorded, how long must this attempt wait?
 * <ul>
 * <li>Per (username, client address) pair, counted since the pair's last success: the first
 * {@code freeFailures} failures cost nothing, then the pair waits {@code firstDelay}, doubled after
 * every further failure up to {@code maxDelay}. A pair without failures never waits for its own
 * sake, so whatever happens at other addresses, an owner signs in from theirs.</li>
 * <li>Per address: more than {@code addressMaxUsernames} usernames with failures (not yet followed
 * by a success from there) within {@code addressWindow} is credential stuffing, and the address is
 * refused until enough of them have left the window. An office whose staff mistype their own
 * passwords and then sign in leaves nothing behind.</li>
 * <li>Per account: {@code accountAlertFailures} failures within {@code accountWindow} from any
 * addresses only slow down: every pair with a failure waits from its first failure on. It never
 * refuses a pair without failures.</li>
 * </ul>
 */
final class LoginBackOff {

	/** Which limit made an attempt wait; recorded in the audit trail. */
	enum Limit {
		NONE, PAIR, ADDRESS
	}

	/** How long the attempt must wait ({@link Duration#ZERO}: go ahead) and because of which limit. */
	record Verdict(Duration delay, Limit limit) {

		static final Verdict GO = new Verdict(Duration.ZERO, Limit.NONE);

		boolean refused() {
			return limit != Limit.NONE;
		}

		/** Whole seconds for Retry-After, rounded up: waiting that long is always enough. */
		long retryAfterSeconds() {
			return Math.max(1, (delay.toMillis() + 999) / 1000);
		}
	}

	/** A pair's failures since its last success within the memory: how many, and the latest. */
	record PairFailures(int count, Instant latest) {

		static final PairFailures NONE = new PairFailures(0, null);
	}

	private final LoginThrottleSettings settings;

	LoginBackOff(LoginThrottleSettings settings) {
		this.settings = settings;
	}

	/**
	 * @param pair the failures of this username from this address
	 * @param latestFailurePerUsername for each username with failures from this address within the
	 *        address window, its latest failure (any order)
	 * @param accountUnderAttack whether the account failed {@link #underAttack often} from anywhere
	 */
	Verdict decide(PairFailures pair, List<Instant> latestFailurePerUsername, boolean accountUnderAttack, Instant now) {
		Duration address = addressWait(latestFailurePerUsername, now);
		if (!address.isZero()) {
			return new Verdict(address, Limit.ADDRESS);
		}
		Duration wait = pairWait(pair, accountUnderAttack, now);
		return wait.isZero() ? Verdict.GO : new Verdict(wait, Limit.PAIR);
	}

	/** The wait a pair has earned after {@code failures} failures in a row. */
	Duration delayAfter(int failures, boolean accountUnderAttack) {
		int free = accountUnderAttack ? Math.min(settings.freeFailures(), 1) : settings.freeFailures();
		int first = Math.max(free, 1);
		if (failures < first) {
			return Duration.ZERO;
		}
		int doublings = failures - first;
		Duration max = settings.maxDelay();
		// past 2^40 seconds no configurable first delay stays below any sensible cap
		if (doublings >= 40) {
			return max;
		}
		Duration delay = settings.firstDelay().multipliedBy(1L << doublings);
		return delay.compareTo(max) > 0 ? max : delay;
	}

	/** Whether an account's failures from all addresses within the window call for an alert and slowing. */
	boolean underAttack(long accountFailures) {
		return accountFailures >= settings.accountAlertFailures();
	}

	/** Whether the account limit is worth asking the database about: only a pair with some failures can be slowed. */
	boolean accountMatters(PairFailures pair) {
		return pair.count() > 0;
	}

	private Duration pairWait(PairFailures pair, boolean accountUnderAttack, Instant now) {
		if (pair.count() == 0) {
			return Duration.ZERO;
		}
		return remaining(pair.latest().plus(delayAfter(pair.count(), accountUnderAttack)), now);
	}

	private Duration addressWait(List<Instant> latestFailurePerUsername, Instant now) {
		Instant windowStart = now.minus(settings.addressWindow());
		List<Instant> newestFirst = latestFailurePerUsername.stream()
			.filter(failure -> failure.isAfter(windowStart))
			.sorted((a, b) -> b.compareTo(a))
			.toList();
		int allowed = settings.addressMaxUsernames();
		if (newestFirst.size() <= allowed) {
			return Duration.ZERO;
		}
		// once this username's failure leaves the window, no more than the allowed number are left
		return remaining(newestFirst.get(allowed).plus(settings.addressWindow()), now);
	}

	private static Duration remaining(Instant until, Instant now) {
		return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
	}
}
