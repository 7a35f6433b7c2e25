package id.canting.certification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The public view and verification code of recently verified certificates, so that a label scanned
 * again (and the load of many scans) does not cost a database round trip each time. An entry lives
 * for {@code ttl}; the node where a certificate changes forgets it at once (after the change commits),
 * other nodes within {@code ttl}. A zero {@code ttl} caches nothing. Bounded: past {@code maxEntries} it
 * starts again empty rather than grow.
 */
final class VerificationCache {

	/** What verification needs of a certificate. */
	record Entry(PublicCertificate view, String code) {
	}

	private record Stamped(Entry entry, Instant loadedAt) {
	}

	private final Map<String, Stamped> entries = new ConcurrentHashMap<>();
	private final Duration ttl;
	private final int maxEntries;
	private final Clock clock;

	VerificationCache(Duration ttl, int maxEntries, Clock clock) {
		this.ttl = ttl;
		this.maxEntries = maxEntries;
		this.clock = clock;
	}

	/** The entry of this (canonical) number, loaded when absent or older than the ttl. */
	Entry get(String number, Supplier<Entry> load) {
		if (ttl.isZero()) {
			return load.get();
		}
		Instant now = clock.instant();
		Stamped cached = entries.get(number);
		if (cached != null && cached.loadedAt().plus(ttl).isAfter(now)) {
			return cached.entry();
		}
		Entry loaded = load.get();
		if (entries.size() >= maxEntries) {
			entries.clear();
		}
		entries.put(number, new Stamped(loaded, now));
		return loaded;
	}

	void evict(String number) {
		entries.remove(number);
	}
}
