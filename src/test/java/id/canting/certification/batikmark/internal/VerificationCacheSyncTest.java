package id.canting.certification.batikmark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/**
 * Keeping a node's verification cache in step with the shared count of status changes: a moved count
 * clears it, and a node that cannot read the count serves nothing from its cache until it can, then
 * starts again empty.
 */
class VerificationCacheSyncTest {

	static final VerificationCache.Entry ENTRY = new VerificationCache.Entry(null, "CODE");
	static final Duration SECOND = Duration.ofSeconds(1);

	final Clock clock = Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC);
	final AtomicLong generation = new AtomicLong(7);
	final AtomicLong nanos = new AtomicLong(1_000_000_000L);
	boolean databaseDown;
	final AtomicInteger loads = new AtomicInteger();

	final VerificationCacheSync sync = new VerificationCacheSync(Duration.ofSeconds(30), SECOND, clock, () -> {
		if (databaseDown) {
			throw new IllegalStateException("connection refused");
		}
		return generation.get();
	}, generation::incrementAndGet, nanos::get);

	VerificationCache.Entry verify() {
		return sync.cache().get("BMI-2024-00001", () -> {
			loads.incrementAndGet();
			return ENTRY;
		});
	}

	@Test
	void servesFromTheCacheOnlyOnceInStepAndForgetsEverythingWhenTheCountMoves() {
		verify();
		verify();
		assertThat(loads).as("before the first read of the count nothing is cached").hasValue(2);
		sync.poll();
		verify();
		verify();
		assertThat(loads).hasValue(3);
		generation.incrementAndGet(); // another node suspended a certificate
		sync.poll();
		verify();
		assertThat(loads).hasValue(4);
		sync.poll(); // the count did not move: the cache stays
		verify();
		assertThat(loads).hasValue(4);
	}

	@Test
	void aNodeThatCannotReadTheCountStopsServingFromTheCacheAndStartsEmptyWhenItCanAgain() {
		sync.poll();
		verify();
		assertThat(loads).hasValue(1);
		databaseDown = true;
		nanos.addAndGet(SECOND.toNanos());
		sync.poll();
		verify();
		verify();
		assertThat(loads).as("no cached answer while out of step").hasValue(3);
		databaseDown = false;
		nanos.addAndGet(SECOND.toNanos());
		sync.poll();
		verify();
		verify();
		assertThat(loads).as("reloaded once after the outage, then cached").hasValue(4);
	}

	@Test
	void aStalledPollerTurnsTheCacheOffAfterOneAndAHalfIntervals() {
		sync.poll();
		verify();
		nanos.addAndGet(SECOND.toNanos() + SECOND.toNanos() / 2);
		verify();
		assertThat(loads).hasValue(1);
		nanos.addAndGet(1);
		verify();
		assertThat(loads).hasValue(2);
	}

	@Test
	void anEntryLoadedWhileTheCacheWasClearedIsNeverServed() {
		sync.poll();
		sync.cache().get("BMI-2024-00001", () -> {
			loads.incrementAndGet();
			generation.incrementAndGet(); // a change commits while the old status is being read
			sync.poll();
			return ENTRY;
		});
		verify();
		assertThat(loads).hasValue(2);
	}
}
