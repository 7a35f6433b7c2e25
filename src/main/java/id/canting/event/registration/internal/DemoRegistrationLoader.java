package id.canting.event.registration.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.canting.event.EventCode;
import id.canting.event.EventStatus;
import id.canting.event.EventView;
import id.canting.event.Events;
import id.canting.event.SessionKind;
import id.canting.event.SessionView;

/**
 * Demo registrations, on the first start against an empty registration table, after the event
 * module's demo events (this listener runs last; without HBN-2024 it loads nothing):
 * <ul>
 * <li>HBN-2024 (closed): its FGD and workshops with registrations and attendance. ASSUMPTION: the
 * ministry published no registration figures; the demo fills each session to about 90% of its capacity
 * and lets about 80% of those in, with a few cancellations. Written through the aggregate (the
 * sessions are long over, so the registration rules would refuse them today).</li>
 * <li>The first open event (PUBLISHED or RUNNING) with a session not yet started: its smallest such
 * session (at most 40 seats) filled through the real registration, plus one waitlisted.</li>
 * </ul>
 * Names are generated; e-mails are on example.org. One transaction.
 */
@Component
@ConditionalOnBooleanProperty(name = "canting.demo.enabled", matchIfMissing = true)
class DemoRegistrationLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoRegistrationLoader.class);
	static final EventCode HBN_2024 = new EventCode("HBN-2024");
	static final List<String> GIVEN = List.of("Sari", "Dewi", "Ayu", "Rina", "Fitri", "Putri", "Wulan", "Indah", "Nur",
			"Lestari", "Budi", "Agus", "Eko", "Rizky", "Dimas", "Bayu", "Hendra", "Yusuf", "Fajar", "Arif");
	static final List<String> FAMILY = List.of("Wulandari", "Pratiwi", "Santoso", "Hidayat", "Saputra", "Rahmawati",
			"Kusuma", "Nugroho", "Setiawan", "Handayani", "Wibowo", "Lestari", "Purnomo", "Susanti");
	static final List<String> ORGANISATIONS = List.of("Sanggar Batik Sekar Jagad", "IKM Batik Tulis Lasem",
			"Universitas Negeri Jakarta", "SMK Negeri 4 Pekalongan", "Komunitas Pecinta Batik", "Yayasan Batik Indonesia",
			"IKM Batik Cap Solo", "Mahasiswa desain tekstil");

	private final JdbcClient jdbc;
	private final Events events;
	private final Registrations registrations;
	private final RegistrationRepository repository;
	private final SeatLedger seats;
	private final TicketCodes codes;
	private final Clock clock;
	private final TransactionTemplate transaction;

	DemoRegistrationLoader(JdbcClient jdbc, Events events, Registrations registrations, RegistrationRepository repository,
			SeatLedger seats, TicketCodes codes, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.events = events;
		this.registrations = registrations;
		this.repository = repository;
		this.seats = seats;
		this.codes = codes;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@EventListener(ContextRefreshedEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void loadIntoEmptyTable() {
		Integer loaded = transaction.execute(status -> load());
		if (loaded != null) {
			log.info("Demo event registrations loaded: {}", loaded);
		}
	}

	private Integer load() {
		long existing = jdbc.sql("select count(*) from event_registration").query(Long.class).single();
		if (existing > 0 || events.find(HBN_2024).isEmpty()) {
			return null;
		}
		Random random = new Random(2024);
		int count = 0;
		for (SessionView session : events.sessions(HBN_2024)) {
			if (session.kind() == SessionKind.FGD || session.kind() == SessionKind.WORKSHOP) {
				count += past(session, random);
			}
		}
		count += open(random);
		return count;
	}

	/** A session held long ago: ~90% of the seats taken, ~80% of them came, two cancelled. */
	private int past(SessionView session, Random random) {
		int registered = Math.max(1, (int) Math.round(session.capacity() * 0.9));
		int confirmed = 0;
		for (int i = 0; i < registered + 2; i++) {
			boolean cancelled = i >= registered;
			LocalDateTime when = session.startsAt().minusDays(14).plusMinutes(37L * i);
			var at = when.atZone(ZoneId.of("Asia/Jakarta")).toInstant();
			Registration r = Registration.register(person(random, i, session), codes.next(), session.eventCode(),
					session.id(), true, at);
			if (cancelled) {
				r.cancel(at.plusSeconds(86_400));
			}
			else {
				confirmed++;
				if (random.nextDouble() < 0.8) {
					r.checkIn(session.eventCode(), "admin",
							session.startsAt().minusMinutes(10 - i % 10).atZone(ZoneId.of("Asia/Jakarta")).toInstant());
				}
			}
			repository.save(r);
		}
		seats.lock(session.id(), session.capacity());
		seats.addConfirmed(session.id(), confirmed);
		return registered + 2;
	}

	/** The smallest open session of the first open event: full, and one on the waitlist. */
	private int open(Random random) {
		LocalDateTime now = events.now();
		for (EventView event : events.list(EventStatus.PUBLISHED, EventStatus.RUNNING)) {
			SessionView smallest = events.sessions(event.code()).stream()
				.filter(s -> !s.hasStartedAt(now) && s.capacity() <= 40)
				.min(java.util.Comparator.comparingInt(SessionView::capacity))
				.orElse(null);
			if (smallest != null) {
				for (int i = 0; i <= smallest.capacity(); i++) {
					RegistrantDetails p = person(random, 1000 + i, smallest);
					registrations.register(event.code(), smallest.id(), new RegistrantInput(p.name(), p.email(), p.phone(),
							p.organisation(), p.ageGroup().name(), true, p.language()));
				}
				return smallest.capacity() + 1;
			}
		}
		return 0;
	}

	private RegistrantDetails person(Random random, int i, SessionView session) {
		String given = GIVEN.get(random.nextInt(GIVEN.size()));
		String family = FAMILY.get(random.nextInt(FAMILY.size()));
		String email = (given + "." + family + "." + session.id().value() + "." + i).toLowerCase() + "@example.org";
		AgeGroup age = session.kind() == SessionKind.FGD ? AgeGroup.AGE_15_30
				: AgeGroup.values()[1 + random.nextInt(AgeGroup.values().length - 1)];
		return new RegistrantDetails(given + " " + family, email, null,
				ORGANISATIONS.get(random.nextInt(ORGANISATIONS.size())), age, ConsentStatement.VERSION,
				i % 5 == 0 ? "en" : "id");
	}
}
