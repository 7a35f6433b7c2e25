package id.canting.notification.internal;

import java.time.Duration;
import java.util.Optional;

/**
 * When a failed message is tried again: after the first failed attempt {@code initial}, then twice as
 * long each time, never longer than {@code max}; after {@code maxAttempts} attempts it is given up
 * (1 min, 2, 4, 8, 16, 32, 60, 60 … by default: a mail server down for a few hours is outlasted).
 */
record Backoff(Duration initial, Duration max, int maxAttempts) {

	Backoff {
		if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0 || maxAttempts < 1) {
			throw new IllegalArgumentException("backoff needs 0 < initial <= max and at least one attempt");
		}
	}

	/**
	 * The wait before the next attempt once {@code attempts} attempts failed, or empty when that was
	 * the last one allowed.
	 */
	Optional<Duration> after(int attempts) {
		if (attempts >= maxAttempts) {
			return Optional.empty();
		}
		int doublings = Math.max(0, Math.min(attempts - 1, 30));
		Duration wait = initial.multipliedBy(1L << doublings);
		return Optional.of(wait.compareTo(max) > 0 ? max : wait);
	}
}
