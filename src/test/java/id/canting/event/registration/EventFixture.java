package id.canting.event.registration;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import id.canting.event.EventStatus;
import id.canting.event.EventType;
import id.canting.event.SessionKind;
import id.canting.event.SessionView;
import id.canting.event.internal.EventInput;
import id.canting.event.internal.EventManagement;
import id.canting.event.internal.SessionInput;
import id.canting.shared.Actor;

/** Events for the registration tests, made through the event module's facade as an organiser would. */
public final class EventFixture {

	private EventFixture() {
	}

	/** A published event {@code code} from {@code daysAhead} days on, with one workshop of {@code capacity} seats. */
	public static SessionView publishedWorkshop(EventManagement events, String code, int daysAhead, int capacity) {
		LocalDate day = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(daysAhead);
		events.create(Actor.SYSTEM, new EventInput(code, "Lokakarya uji " + code, EventType.TRAINING_EVENT.name(),
				"Gedung Kementerian Perindustrian", "Jakarta", "31", day.toString(), day.plusDays(1).toString(),
				"Ditjen IKMA", "Yayasan Batik Indonesia", "Acara uji pendaftaran.", null, null, null));
		SessionView session = events.addSession(Actor.SYSTEM, code,
				new SessionInput(SessionKind.WORKSHOP.name(), "Lokakarya pewarna alam", "Natural-dye workshop",
						LocalDateTime.of(day, LocalTime.of(9, 0)).toString(),
						LocalDateTime.of(day, LocalTime.of(12, 0)).toString(), "Ruang 1", capacity, "Pemuda 15–30 tahun",
						"Tim YBI", null));
		if (daysAhead >= 0) {
			events.changeStatus(Actor.SYSTEM, code, EventStatus.PUBLISHED);
		}
		return session;
	}
}
