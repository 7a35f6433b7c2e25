package id.canting.certification.batikmark.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * The public view and verification code of recently verified certificates, so that a label scanned
 * again (and the load of many scans) does not cost a database round trip each time. An entry lives
 * for {@code ttl}; the node where a certificate changes forgets its entries at once (after the change
 * commits), every node within a second or so through {@link VerificationCacheSync}, which also says whether the
 * node is {@code inStep} with the others: while it is not, nothing is served from the cache. A zero
 * {@code ttl} caches nothing. Bounded to {@code maxEntries}: past it Caffeine evicts the entries least
 * likely to be asked again.
 * <p>
 * Storage, expiry and the bound are Caffeine's; what stays here is what ADR 0005 needs on top: the
 * {@code inStep} gate and the epoch that voids an entry loaded while the cache was being cleared
 * (Caffeine leaves it undefined whether {@code invalidateAll} discards a load in flight).
 */
final class VerificationCache {

	/** What verification needs of a certificate. */
	record Entry(PublicCertificate view, String code) {
	}

	/** An entry with the cache's epoch when its load began: a clear makes older epochs void. */
	private record Stamped(Entry entry, long epoch) {
	}

	private final Cache<String, Stamped> entries;
	private final AtomicLong epoch = new AtomicLong();
	private final Duration ttl;
	private final BooleanSupplier inStep;

	VerificationCache(Duration ttl, int maxEntries, Clock clock) {
		this(ttl, maxEntries, clock, () -> true);
	}

	VerificationCache(Duration ttl, int maxEntries, Clock clock, BooleanSupplier inStep) {
		this.ttl = ttl;
		this.inStep = inStep;
		// the ttl runs on the application's clock, as before, so tests that move the clock move it too
		this.entries = Caffeine.newBuilder()
			.maximumSize(maxEntries)
			.expireAfterWrite(ttl)
			.ticker(ticker(clock))
			.build();
	}

	private static Ticker ticker(Clock clock) {
		return () -> {
			Instant now = clock.instant();
			return now.getEpochSecond() * 1_000_000_000L + now.getNano();
		};
	}

	/** Whether this cache keeps anything at all. */
	boolean enabled() {
		return !ttl.isZero();
	}

	/** The entry of this (canonical) number, loaded when absent, older than the ttl or from before a clear. */
	Entry get(String number, Supplier<Entry> load) {
		if (ttl.isZero() || !inStep.getAsBoolean()) {
			return load.get();
		}
		Stamped cached = entries.getIfPresent(number);
		if (cached != null && cached.epoch() == epoch.get()) {
			return cached.entry();
		}
		// read the epoch before loading: a clear while the database is read voids what was read.
		// Loaded outside Caffeine's compute, as before: a database read must not hold a lock of the map.
		long loadedIn = epoch.get();
		Entry loaded = load.get();
		entries.put(number, new Stamped(loaded, loadedIn));
		return loaded;
	}

	/** Forgets everything, including entries being loaded right now. */
	void clear() {
		epoch.incrementAndGet();
		entries.invalidateAll();
	}

	/** How many entries are kept, after pending evictions (tests of the bound). */
	long size() {
		entries.cleanUp();
		return entries.estimatedSize();
	}
}
