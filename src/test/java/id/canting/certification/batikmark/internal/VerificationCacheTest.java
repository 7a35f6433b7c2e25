package id.canting.certification.batikmark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * The verification cache: serves an entry for its ttl, forgets it when cleared (also a load racing the
 * clear), caches nothing at ttl zero and keeps no more than its bound.
 */
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
	void anEntryLoadedWhileTheCacheIsClearedIsNotServed() {
		VerificationCache cache = new VerificationCache(Duration.ofSeconds(30), 10, clock);
		AtomicInteger loads = new AtomicInteger();
		// a status change commits while this read is at the database: what it read may be the old status
		cache.get("BMI-2024-00001", () -> { loads.incrementAndGet(); cache.clear(); return ENTRY; });
		cache.get("BMI-2024-00001", () -> { loads.incrementAndGet(); return ENTRY; });
		cache.get("BMI-2024-00001", () -> { loads.incrementAndGet(); return ENTRY; });
		assertThat(loads).as("the racing load is not served, the next one is cached").hasValue(2);
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
		assertThat(off.size()).isZero();
		VerificationCache small = new VerificationCache(Duration.ofSeconds(30), 2, clock);
		for (int i = 1; i <= 100; i++) {
			small.get("BMI-2024-%05d".formatted(i), () -> ENTRY);
		}
		assertThat(small.size()).as("never more than the bound").isEqualTo(2);
	}
}
