package id.canting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The application's clock in tests: the real time, which a test may move forward (token expiry,
 * throttling windows) or stop ({@link #freeze()}), and must put back with {@link #reset()}.
 */
@Component
@Primary
public class TestClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	/** When set, time stands still here (plus what {@link #advance} adds) instead of following the real time. */
	private volatile Instant frozenAt;

	public void advance(Duration duration) {
		offset = offset.plus(duration);
	}

	/**
	 * Stops the time where it is now, so a test can assert exact waits (a back-off of 1 s must not run
	 * out while a loaded build machine handles the next request); {@link #advance} still moves it.
	 */
	public void freeze() {
		frozenAt = Instant.now();
	}

	public void reset() {
		offset = Duration.ZERO;
		frozenAt = null;
	}

	@Override
	public Instant instant() {
		Instant frozen = frozenAt;
		return (frozen != null ? frozen : Instant.now()).plus(offset);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	/**
	 * The same moving time seen in another zone: code that asks for the date in Jakarta (WIB) must get
	 * Jakarta's date, which between 17:00 and 24:00 UTC is already the next day.
	 */
	@Override
	public Clock withZone(ZoneId zone) {
		TestClock moving = this;
		return new Clock() {

			@Override
			public Instant instant() {
				return moving.instant();
			}

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return moving.withZone(other);
			}
		};
	}
}
