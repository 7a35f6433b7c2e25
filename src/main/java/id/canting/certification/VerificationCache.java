package id.canting.certification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The public view and verification code of recently verified certificates, so that a label scanned
 * again (and the load of many scans) does not cost a database round trip each time. An entry lives
 * for {@code ttl}; the node where a certificate changes forgets its entries at once (after the change
 * commits), every node within a second or so through {@link VerificationCacheSync}, which also says whether the
 * node is {@code inStep} with the others: while it is not, nothing is served from the cache. A zero
 * {@code ttl} caches nothing. Bounded: past {@code maxEntries} it starts again empty rather than grow.
 */
final class VerificationCache {

	/** What verification needs of a certificate. */
	record Entry(PublicCertificate view, String code) {
	}

	/** An entry with when it was loaded and the cache's epoch then: a clear makes older epochs void. */
	private record Stamped(Entry entry, Instant loadedAt, long epoch) {
	}

	private final Map<String, Stamped> entries = new ConcurrentHashMap<>();
	private final AtomicLong epoch = new AtomicLong();
	private final Duration ttl;
	private final int maxEntries;
	private final Clock clock;
	private final BooleanSupplier inStep;

	VerificationCache(Duration ttl, int maxEntries, Clock clock) {
		this(ttl, maxEntries, clock, () -> true);
	}

	VerificationCache(Duration ttl, int maxEntries, Clock clock, BooleanSupplier inStep) {
		this.ttl = ttl;
		this.maxEntries = maxEntries;
		this.clock = clock;
		this.inStep = inStep;
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
		Instant now = clock.instant();
		Stamped cached = entries.get(number);
		if (cached != null && cached.epoch() == epoch.get() && cached.loadedAt().plus(ttl).isAfter(now)) {
			return cached.entry();
		}
		// read the epoch before loading: a clear while the database is read voids what was read
		long loadedIn = epoch.get();
		Entry loaded = load.get();
		if (entries.size() >= maxEntries) {
			entries.clear();
		}
		entries.put(number, new Stamped(loaded, now, loadedIn));
		return loaded;
	}

	/** Forgets everything, including entries being loaded right now. */
	void clear() {
		epoch.incrementAndGet();
		entries.clear();
	}
}
