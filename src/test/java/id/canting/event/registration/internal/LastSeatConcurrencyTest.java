package id.canting.event.registration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import id.canting.CantingTest;
import id.canting.event.EventCode;
import id.canting.event.SessionView;
import id.canting.event.internal.EventManagement;
import id.canting.event.registration.EventFixture;
import id.canting.event.RegistrationStatus;

/**
 * The last seat under load: 40 registrants on 16 threads, each in its own transaction on its own
 * connection (two nodes' worth of a Hikari pool: the test context's pool of 10 plus the waiting), race for
 * a workshop of one seat. Exactly one is confirmed, the rest are waitlisted at the positions 1…39, each
 * given once; cancelling the seat promotes the first of them. Commits for real (no test transaction),
 * and removes what it made.
 */
@CantingTest
class LastSeatConcurrencyTest {

	static final int REGISTRANTS = 40;

	@Autowired
	Registrations registrations;

	@Autowired
	EventManagement events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theLastSeatGoesToExactlyOneRegistrantAndEveryoneElseWaitsInOrder() throws Exception {
		String code = "UJI-SEAT-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		SessionView session = transactions.execute(status -> EventFixture.publishedWorkshop(events, code, 10, 1));
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<RegistrationView>> results = new ArrayList<>();
			for (int i = 0; i < REGISTRANTS; i++) {
				String phone = "0812" + (10_000_000 + i);
				results.add(pool.submit(() -> {
					start.await();
					return registrations.register(new EventCode(code), session.id(),
							new RegistrantInput("Peserta " + phone, null, phone, null, "AGE_15_30", true, "id"));
				}));
			}
			start.countDown();
			List<RegistrationView> done = new ArrayList<>();
			for (Future<RegistrationView> result : results) {
				done.add(result.get(120, TimeUnit.SECONDS));
			}
			assertThat(done).filteredOn(v -> v.registration().status() == RegistrationStatus.CONFIRMED).hasSize(1);
			assertThat(done).filteredOn(v -> v.registration().status() == RegistrationStatus.WAITLISTED)
				.extracting(RegistrationView::waitlistPosition)
				.containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, REGISTRANTS - 1).boxed().toList());
			assertThat(jdbc.sql("select confirmed from session_seats where session_id = :id")
				.param("id", session.id().value()).query(Integer.class).single()).isEqualTo(1);

			RegistrationView seated = done.stream()
				.filter(v -> v.registration().status() == RegistrationStatus.CONFIRMED).findFirst().orElseThrow();
			RegistrationView first = done.stream().filter(v -> Integer.valueOf(1).equals(v.waitlistPosition()))
				.findFirst().orElseThrow();
			registrations.cancel(new EventCode(code), seated.registration().ticket());
			assertThat(registrations.ticket(first.registration().ticket()).registration().status())
				.isEqualTo(RegistrationStatus.CONFIRMED);
			assertThat(jdbc.sql("select confirmed from session_seats where session_id = :id")
				.param("id", session.id().value()).query(Integer.class).single()).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
			jdbc.sql("delete from event_registration where event_code = :code").param("code", code).update();
			jdbc.sql("delete from session_seats where session_id = :id").param("id", session.id().value()).update();
			jdbc.sql("delete from event_session where id = :id").param("id", session.id().value()).update();
			jdbc.sql("delete from event where code = :code").param("code", code).update();
		}
	}
}
