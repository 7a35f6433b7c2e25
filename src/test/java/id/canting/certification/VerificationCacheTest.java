package id.canting.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The verification cache: serves an entry for its ttl, forgets it when cleared, caches nothing at ttl zero. */
class VerificationCacheTest {

	static final VerificationCache.Entry ENTRY = new VerificationCache.Entry(null, "CODE");

	Instant now = Instant.parse("2026-11-28T00:00:00Z");
	final Clock clock = new Clock() {
		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}
	};

	@Test
	void servesAnEntryForItsTtlThenLoadsAgain() {
		VerificationCache cache = new VerificationCache(Duration.ofSeconds(30), 10, clock);
		AtomicInteger loads = new AtomicInteger();
		cache.get("BMI-2024-00001", () -> { loads.incrementAndGet(); return ENTRY; });
		now = now.plusSeconds(29);
		cache.get("BMI-2024-00001", () -> { loads.incrementAndGet(); return ENTRY; });
		assertThat(loads).hasValue(1);
		now = now.plusSeconds(1);
		cache.get("BMI-2024-00001", () -> { loads.incrementAndGet(); return ENTRY; });
		assertThat(loads).hasValue(2);
	}

	@Test
	void forgetsEverythingWhenClearedAtOnce() {
		VerificationCache cache = new VerificationCache(Duration.ofSeconds(30), 10, clock);
		AtomicInteger loads = new AtomicInteger();
		cache.get("BMI-2024-00001", () -> { loads.incrementAndGet(); return ENTRY; });
		cache.clear();
		cache.get("BMI-2024-00001", () -> { loads.incrementAndGet(); return ENTRY; });
		assertThat(loads).hasValue(2);
	}

	@Test
	void cachesNothingAtTtlZeroAndStaysBounded() {
		VerificationCache off = new VerificationCache(Duration.ZERO, 10, clock);
		AtomicInteger loads = new AtomicInteger();
		off.get("BMI-2024-00001", () -> { loads.incrementAndGet(); return ENTRY; });
		off.get("BMI-2024-00001", () -> { loads.incrementAndGet(); return ENTRY; });
		assertThat(loads).hasValue(2);
		VerificationCache small = new VerificationCache(Duration.ofSeconds(30), 2, clock);
		for (int i = 1; i <= 3; i++) {
			small.get("BMI-2024-0000" + i, () -> ENTRY);
		}
		AtomicInteger again = new AtomicInteger();
		small.get("BMI-2024-00001", () -> { again.incrementAndGet(); return ENTRY; });
		assertThat(again).hasValue(1);
	}
}
