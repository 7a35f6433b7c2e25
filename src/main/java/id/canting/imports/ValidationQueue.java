package id.canting.imports;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Runs at most {@code canting.imports.concurrent-validations} validations at once on this node (by
 * default one: on a 2-core server a second large file would leave nothing for the people using the
 * pages); further uploads wait in order, QUEUED, and their job page shows how many are ahead. The
 * threads run at low priority, so requests are served first while a 200 MB file is checked.
 * Waiting jobs are kept alive for the abandoned-job sweep of every node; if this node dies they stop
 * being touched and another node fails them (nothing of theirs was written).
 */
@Component
class ValidationQueue {

	private final ImportJobStore jobs;
	private final ExecutorService executor;
	private final Set<Long> waiting = ConcurrentHashMap.newKeySet();

	ValidationQueue(ImportJobStore jobs, @Value("${canting.imports.concurrent-validations:1}") int concurrent) {
		this.jobs = jobs;
		AtomicInteger count = new AtomicInteger();
		this.executor = new ThreadPoolExecutor(concurrent, concurrent, 0, TimeUnit.MILLISECONDS,
				new LinkedBlockingQueue<>(), work -> {
					Thread thread = new Thread(work, "import-validation-" + count.incrementAndGet());
					thread.setDaemon(true);
					thread.setPriority(Thread.MIN_PRIORITY);
					return thread;
				});
	}

	/** Queues a job's validation; it starts when a validation slot of this node is free. */
	void submit(long jobId, Runnable validation) {
		waiting.add(jobId);
		executor.execute(() -> {
			waiting.remove(jobId);
			if (jobs.startValidating(jobId)) {
				validation.run();
			}
		});
	}

	/** The waiting jobs are alive: touched so that no node's sweep takes them for abandoned. */
	@Scheduled(fixedDelay = 30_000, initialDelay = 30_000)
	void keepWaitingJobsAlive() {
		if (!waiting.isEmpty()) {
			jobs.touch(Set.copyOf(waiting));
		}
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}
}
