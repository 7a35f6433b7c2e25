package id.canting.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** At most the configured number of validations run at once on a node; the others wait in order. */
class ValidationQueueTest {

	/** The job table as the queue sees it: every queued job may start. */
	static class Jobs extends ImportJobStore {

		final List<Long> started = new CopyOnWriteArrayList<>();
		final List<Long> touched = new CopyOnWriteArrayList<>();

		Jobs() {
			super(null, Clock.systemUTC());
		}

		@Override
		boolean startValidating(long id) {
			started.add(id);
			return true;
		}

		@Override
		void touch(Collection<Long> ids) {
			touched.addAll(ids);
		}
	}

	@Test
	void aSecondUploadWaitsUntilTheFirstValidationEndsAndIsKeptAlive() throws Exception {
		Jobs jobs = new Jobs();
		ValidationQueue queue = new ValidationQueue(jobs, 1);
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch secondRan = new CountDownLatch(1);
		queue.submit(1, () -> {
			try {
				release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
		queue.submit(2, secondRan::countDown);
		Thread.sleep(200);
		assertThat(jobs.started).containsExactly(1L);
		queue.keepWaitingJobsAlive();
		assertThat(jobs.touched).containsExactly(2L);
		release.countDown();
		assertThat(secondRan.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(jobs.started).containsExactly(1L, 2L);
		queue.stop();
	}

	@Test
	void aJobNoLongerQueuedIsNotValidated() throws Exception {
		Jobs jobs = new Jobs() {
			@Override
			boolean startValidating(long id) {
				return false;
			}
		};
		ValidationQueue queue = new ValidationQueue(jobs, 1);
		CountDownLatch ran = new CountDownLatch(1);
		queue.submit(7, ran::countDown);
		assertThat(ran.await(500, TimeUnit.MILLISECONDS)).isFalse();
		queue.stop();
	}
}
