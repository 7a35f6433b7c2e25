package id.canting.event.exhibitor;

import java.time.LocalDate;
import java.util.List;

import id.canting.event.EventCode;
import id.canting.event.EventStatus;
import id.canting.event.EventType;
import id.canting.event.EventView;
import id.canting.event.internal.EventInput;
import id.canting.event.internal.EventManagement;
import id.canting.shared.Actor;

/** Events for the exhibitor tests, made through the event module's facade as an admin would. */
public final class EventFixtures {

	private EventFixtures() {
	}

	/** An exhibition whose call is open from {@code opens} to {@code closes}, in OPEN_FOR_EXHIBITORS. */
	public static EventView openCall(EventManagement events, String code, LocalDate opens, LocalDate closes) {
		LocalDate start = closes.plusDays(10);
		events.create(Actor.SYSTEM, new EventInput(code, "Pameran " + code, EventType.EXHIBITION.name(), "JCC", "Jakarta",
				"31", start.toString(), start.plusDays(2).toString(), "Kemenperin", "", "Pameran uji", null,
				opens.toString(), closes.toString()));
		return events.changeStatus(Actor.SYSTEM, code, EventStatus.OPEN_FOR_EXHIBITORS);
	}

	/** HBN 2024 as it was (Jakarta, 2–6 October 2024, call in August), CLOSED, unless it exists already. */
	public static EventView hbn2024(EventManagement events) {
		return events.find(new EventCode("HBN-2024")).orElseGet(() -> {
			events.create(Actor.SYSTEM, new EventInput("HBN-2024", "Hari Batik Nasional 2024",
					EventType.NATIONAL_DAY.name(), "Gedung Kemenperin", "Jakarta", "31", "2024-10-02", "2024-10-06",
					"Kemenperin", "Yayasan Batik Indonesia", "Hari Batik Nasional 2024", null, "2024-08-01",
					"2024-08-31"));
			EventView view = null;
			for (EventStatus status : List.of(EventStatus.OPEN_FOR_EXHIBITORS, EventStatus.PUBLISHED, EventStatus.RUNNING,
					EventStatus.CLOSED)) {
				view = events.changeStatus(Actor.SYSTEM, "HBN-2024", status);
			}
			return view;
		});
	}
}
