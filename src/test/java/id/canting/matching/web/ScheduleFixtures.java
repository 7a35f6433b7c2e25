package id.canting.matching.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import id.canting.event.EventType;
import id.canting.event.SessionKind;
import id.canting.event.SessionView;
import id.canting.event.internal.EventInput;
import id.canting.event.internal.EventManagement;
import id.canting.event.internal.SessionInput;
import id.canting.shared.Actor;

/** An event on {@code day} with a business-matching session (09:00–12:00 WIB) and a talk, for the schedule's tests. */
final class ScheduleFixtures {

	private ScheduleFixtures() {
	}

	/** The event and its business-matching session. */
	static SessionView matchingEvent(EventManagement events, String code, LocalDate day) {
		events.create(Actor.SYSTEM, new EventInput(code, "Temu bisnis " + code, EventType.EXHIBITION.name(), "JCC",
				"Jakarta", "31", day.toString(), day.plusDays(1).toString(), "Kemenperin", "", "Temu bisnis uji", null,
				null, null));
		return matchingSession(events, code, day, 9);
	}

	/** Another business-matching session of the event, from {@code hour}:00 for three hours. */
	static SessionView matchingSession(EventManagement events, String code, LocalDate day, int hour) {
		return events.addSession(Actor.SYSTEM, code, new SessionInput(SessionKind.BUSINESS_MATCHING.name(),
				"Temu bisnis " + hour, "Business matching " + hour, LocalDateTime.of(day, LocalTime.of(hour, 0)).toString(),
				LocalDateTime.of(day, LocalTime.of(hour + 3, 0)).toString(), "Hall B", 100, null, null, null));
	}

	/** A talk of the event (not a session a matching session may belong to). */
	static SessionView talk(EventManagement events, String code, LocalDate day) {
		return events.addSession(Actor.SYSTEM, code, new SessionInput(SessionKind.TALK.name(), "Gelar wicara",
				"Talk", LocalDateTime.of(day, LocalTime.of(14, 0)).toString(),
				LocalDateTime.of(day, LocalTime.of(15, 0)).toString(), "Hall A", 100, null, null, null));
	}
}
