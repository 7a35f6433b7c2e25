package id.canting.certification.batikmark.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import id.canting.certification.CertificateExpired;
import id.canting.certification.CertificateReinstated;
import id.canting.certification.CertificateRevoked;
import id.canting.certification.CertificateSuspended;

/**
 * Keeps this node's {@link VerificationCache} in step with the other nodes on the same database, so a
 * suspension or revocation shows everywhere within about a second, not after the cache's lifetime.
 * <p>
 * Every status change counts up one shared row ({@code verification_generation}) in the transaction
 * that makes it, just before it commits (after the certificate's own row, so writers always lock in
 * the same order). Every node reads that row each {@code interval} on a thread of its own and clears
 * its cache when the count moved. The same plain query works on PostgreSQL and H2, needs no dedicated
 * connection that could silently drop (as a {@code LISTEN} would), and a hit in the cache still costs
 * no database work.
 * <p>
 * Faults: the cache serves entries only while the last read succeeded and started less than
 * {@code interval × 1.5} ago (monotonic time, not the domain clock). A node that cannot read the row
 * (database unreachable, the thread stalled) therefore verifies from the database until it can again,
 * and clears its cache on the first successful read after a failure, whatever changed meanwhile.
 */
@Component
class VerificationCacheSync implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(VerificationCacheSync.class);

	private final VerificationCache cache;
	private final LongSupplier generation;
	private final Runnable countChange;
	private final LongSupplier nanoTime;
	private final Duration interval;
	private final long maxLagNanos;

	private volatile long lastReadStartedAt;
	private volatile boolean everRead; // and the last read did not fail
	private Long known; // only the polling thread touches these two
	private boolean failing;
	private ScheduledExecutorService poller;
	private volatile boolean running;

	@Autowired
	VerificationCacheSync(JdbcClient jdbc, Clock clock, @Value("${canting.verify.cache-ttl:30s}") Duration ttl,
			@Value("${canting.verify.cache-sync-interval:1s}") Duration interval) {
		this(ttl, interval, clock,
				() -> jdbc.sql("select generation from verification_generation where id = 1").query(Long.class).single(),
				() -> jdbc.sql("update verification_generation set generation = generation + 1 where id = 1").update(),
				System::nanoTime);
	}

	VerificationCacheSync(Duration ttl, Duration interval, Clock clock, LongSupplier generation, Runnable countChange,
			LongSupplier nanoTime) {
		this.generation = generation;
		this.countChange = countChange;
		this.nanoTime = nanoTime;
		this.interval = interval;
		this.maxLagNanos = interval.toNanos() + interval.toNanos() / 2;
		this.cache = new VerificationCache(ttl, 100_000, clock, this::inStep);
	}

	VerificationCache cache() {
		return cache;
	}

	/** Whether this node read the shared count recently enough for its cache to be trusted. */
	boolean inStep() {
		return everRead && nanoTime.getAsLong() - lastReadStartedAt <= maxLagNanos;
	}

	/** Reads the shared count once; clears the cache when it moved or when the last read had failed. */
	void poll() {
		long startedAt = nanoTime.getAsLong();
		long current;
		try {
			current = generation.getAsLong();
		}
		catch (RuntimeException e) {
			if (!failing) {
				log.warn("Cannot read the verification cache generation, verifying from the database until it can: {}",
						e.toString());
			}
			failing = true;
			everRead = false; // out of step from now on, until a read succeeds
			cache.clear();
			return;
		}
		if (failing || known == null || current != known) {
			cache.clear();
		}
		if (failing) {
			log.info("Verification cache in step with the other nodes again");
		}
		failing = false;
		known = current;
		lastReadStartedAt = startedAt;
		everRead = true;
	}

	// --- a status change: count it for every node before it commits, and forget everything here after ---

	// before the public data version's count (the lowest precedence), which every writer takes last
	@Order(Ordered.LOWEST_PRECEDENCE - 1)
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true, classes = {
			CertificateSuspended.class, CertificateReinstated.class, CertificateRevoked.class, CertificateExpired.class })
	void count() {
		countChange.run();
	}

	/** At once on this node (the others within an interval); a reload of the few cached certificates is cheap. */
	@TransactionalEventListener(fallbackExecution = true, classes = { CertificateSuspended.class,
			CertificateReinstated.class, CertificateRevoked.class, CertificateExpired.class })
	void forget() {
		cache.clear();
	}

	// --- the polling thread, only when there is a cache to keep in step ---

	@Override
	public void start() {
		if (cache.enabled()) {
			poller = Executors.newSingleThreadScheduledExecutor(task -> {
				Thread thread = new Thread(task, "verification-cache-sync");
				thread.setDaemon(true);
				return thread;
			});
			poller.scheduleWithFixedDelay(this::pollSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
		}
		running = true;
	}

	/** An exception escaping a scheduled task would end the schedule (and {@link #inStep} would keep the cache off). */
	private void pollSafely() {
		try {
			poll();
		}
		catch (RuntimeException e) {
			log.warn("Verification cache sync failed", e);
			cache.clear();
		}
	}

	@Override
	public void stop() {
		if (poller != null) {
			poller.shutdownNow();
			poller = null;
		}
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}
}
