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
 * throttling windows) and must put back with {@link #reset()}.
 */
@Component
@Primary
public class TestClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	public void advance(Duration duration) {
		offset = offset.plus(duration);
	}

	public void reset() {
		offset = Duration.ZERO;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(offset);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	/**
	 * The same moving time seen in another zone: {@code LocalDate.now(clock.withZone(WIB))} must give
	 * the day in WIB, which differs from UTC's from 17:00 UTC on.
	 */
	@Override
	public Clock withZone(ZoneId zone) {
		TestClock moving = this;
		return new Clock() {

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return moving.withZone(other);
			}

			@Override
			public Instant instant() {
				return moving.instant();
			}
		};
	}
}
