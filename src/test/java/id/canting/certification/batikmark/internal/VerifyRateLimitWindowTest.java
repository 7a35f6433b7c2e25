package id.canting.certification.batikmark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/**
 * The per-address limit without the web: a fixed window per address (the whole allowance comes back
 * when the window ends, Retry-After counts down to that end), addresses counted apart, and the memory
 * of addresses bounded and emptied of idle ones.
 */
class VerifyRateLimitWindowTest {

	Instant now = Instant.parse("2026-12-06T00:00:00Z");
	final Clock clock = new Clock() {
		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}
	};

	VerifyRateLimit limit(int requests, int maxClients) {
		return new VerifyRateLimit(clock, null, null, null, requests, Duration.ofMinutes(1), maxClients);
	}

	void later(long millis) {
		now = now.plusMillis(millis);
	}

	@Test
	void pastTheLimitRetryAfterCountsDownToTheEndOfTheWindowThenTheWholeAllowanceIsBack() {
		VerifyRateLimit limit = limit(3, 100);
		for (int i = 0; i < 3; i++) {
			assertThat(limit.secondsToWait("203.0.113.7")).isZero();
			later(1_000);
		}
		assertThat(limit.secondsToWait("203.0.113.7")).as("3 s into the window").isEqualTo(57);
		later(20_500);
		assertThat(limit.secondsToWait("203.0.113.7")).as("rounded up, never 0 while refused").isEqualTo(37);
		later(36_400);
		assertThat(limit.secondsToWait("203.0.113.7")).as("100 ms before the end").isEqualTo(1);
		later(100);
		for (int i = 0; i < 3; i++) {
			assertThat(limit.secondsToWait("203.0.113.7")).as("a new window: all three again").isZero();
		}
		assertThat(limit.secondsToWait("203.0.113.7")).isEqualTo(60);
	}

	@Test
	void eachAddressHasItsOwnCount() {
		VerifyRateLimit limit = limit(1, 100);
		assertThat(limit.secondsToWait("203.0.113.7")).isZero();
		assertThat(limit.secondsToWait("203.0.113.7")).isEqualTo(60);
		assertThat(limit.secondsToWait("203.0.113.8")).isZero();
	}

	@Test
	void remembersAtMostMaxClientsAddressesAndForgetsIdleOnes() {
		VerifyRateLimit limit = limit(3, 50);
		for (int i = 0; i < 1_000; i++) {
			limit.secondsToWait("10.0.%d.%d".formatted(i / 256, i % 256));
		}
		assertThat(limit.addressesTracked()).isLessThanOrEqualTo(50).isPositive();
		later(Duration.ofMinutes(1).toMillis());
		assertThat(limit.addressesTracked()).as("idle for a whole window").isZero();
	}

	@Test
	void aNewLimitForgetsAllCounts() {
		VerifyRateLimit limit = limit(1, 100);
		limit.secondsToWait("203.0.113.7");
		assertThat(limit.secondsToWait("203.0.113.7")).isPositive();
		limit.limit(2, Duration.ofMinutes(1));
		assertThat(limit.limit()).isEqualTo(2);
		assertThat(limit.secondsToWait("203.0.113.7")).isZero();
		assertThat(limit.secondsToWait("203.0.113.7")).isZero();
		assertThat(limit.secondsToWait("203.0.113.7")).isEqualTo(60);
	}
}
