package id.canting.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits of sign-in throttling ({@code canting.login.throttle.*}, see docs/operations.md).
 *
 * @param freeFailures failures in a row of one username from one address before it must wait
 * @param firstDelay the first wait, doubled after each further failure
 * @param maxDelay the longest wait of one pair
 * @param pairMemory how long a pair's failures count (unless it signs in successfully first)
 * @param addressMaxUsernames how many usernames may have failed from one address within
 *        {@code addressWindow} before the address is refused (credential stuffing)
 * @param addressWindow the window of the address limit
 * @param accountAlertFailures failures of one account from any addresses within
 *        {@code accountWindow} that alert the admins and make every address with a failure wait
 * @param accountWindow the window of the account limit
 * @param alertsShownFor how long an alert stays on the admins' home page
 */
@ConfigurationProperties("canting.login.throttle")
record LoginThrottleSettings(@DefaultValue("3") int freeFailures, @DefaultValue("1s") Duration firstDelay,
		@DefaultValue("15m") Duration maxDelay, @DefaultValue("24h") Duration pairMemory,
		@DefaultValue("10") int addressMaxUsernames, @DefaultValue("15m") Duration addressWindow,
		@DefaultValue("20") int accountAlertFailures, @DefaultValue("1h") Duration accountWindow,
		@DefaultValue("24h") Duration alertsShownFor) {

	LoginThrottleSettings {
		if (freeFailures < 0 || addressMaxUsernames < 1 || accountAlertFailures < 1) {
			throw new IllegalArgumentException("canting.login.throttle: counts must be positive (free-failures may be 0)");
		}
		for (Duration duration : new Duration[] { firstDelay, maxDelay, pairMemory, addressWindow, accountWindow,
				alertsShownFor }) {
			if (duration == null || duration.isNegative() || duration.isZero()) {
				throw new IllegalArgumentException("canting.login.throttle: durations must be positive");
			}
		}
	}

	/** Rows of login_attempt older than this can no longer count for any limit. */
	Duration longestWindow() {
		Duration longest = pairMemory.compareTo(addressWindow) >= 0 ? pairMemory : addressWindow;
		return longest.compareTo(accountWindow) >= 0 ? longest : accountWindow;
	}
}
