package id.canting.event.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.canting.event.EventCode;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/** The field rules of events and sessions: every broken rule named with its field, all at once. */
class EventRulesTest {

	static final LocalDate FIRST = LocalDate.of(2024, 10, 2);
	static final LocalDate LAST = LocalDate.of(2024, 10, 6);

	static EventInput event(String code, String start, String end, String opens, String closes) {
		return new EventInput(code, "Hari Batik Nasional", "national_day", " Gedung ", "Jakarta", "31", start, end,
				"Ditjen IKMA", "", "Peringatan", null, opens, closes);
	}

	static SessionInput session(String startsAt, String endsAt, Integer capacity) {
		return new SessionInput("WORKSHOP", "Lokakarya", null, startsAt, endsAt, "Ruang 1", capacity, "", "", null);
	}

	@Test
	void acceptsAnEventTrimmedAndUpperCased() {
		EventDetails d = EventRules.check(event(" hbn-2024 ", "2024-10-02", "2024-10-06", null, null), p -> true);
		assertThat(d.code()).isEqualTo(new EventCode("HBN-2024"));
		assertThat(d.venue()).isEqualTo("Gedung");
		assertThat(d.partners()).isEmpty();
		assertThat(d.hasExhibitorCall()).isFalse();
	}

	@Test
	void namesEveryBrokenEventRule() {
		assertThat(fields(() -> EventRules.check(new EventInput("x", " ", "PARTY", null, "C", "99", "2024-10-06",
				"2024-10-02", "O", null, "D", null, "2024-09-01", null), p -> false)))
			.containsExactlyInAnyOrder("code", "name", "type", "venue", "provinceCode", "endDate", "exhibitorCallCloses");
		assertThat(fields(() -> EventRules.check(event("HBN-2024", "2/10/2024", "", null, null), p -> true)))
			.containsExactlyInAnyOrder("startDate", "endDate");
	}

	@Test
	void theCallForExhibitorsClosesBeforeTheEventStarts() {
		assertThat(fields(() -> EventRules.check(event("HBN-2024", "2024-10-02", "2024-10-06", "2024-09-01",
				"2024-10-02"), p -> true)))
			.containsExactly("exhibitorCallCloses");
		assertThat(fields(() -> EventRules.check(event("HBN-2024", "2024-10-02", "2024-10-06", "2024-09-01",
				"2024-08-01"), p -> true)))
			.containsExactly("exhibitorCallCloses");
		assertThat(EventRules.check(event("HBN-2024", "2024-10-02", "2024-10-06", "2024-07-01", "2024-08-31"), p -> true)
			.hasExhibitorCall()).isTrue();
	}

	@Test
	void acceptsASessionWithinTheEventsDaysInLocalOrOffsetTime() {
		SessionDetails local = EventRules.check(session("2024-10-03T09:00", "2024-10-03T12:00", 40), FIRST, LAST);
		assertThat(local.startsAt()).isEqualTo(LocalDateTime.of(2024, 10, 3, 9, 0));
		assertThat(local.audience()).isNull();
		SessionDetails offset = EventRules.check(session("2024-10-03T02:00:00Z", "2024-10-03T12:00:00+07:00", 40), FIRST,
				LAST);
		assertThat(offset.startsAt()).isEqualTo(LocalDateTime.of(2024, 10, 3, 9, 0));
	}

	@Test
	void refusesASessionOutsideTheEventEndingBeforeItStartsOrWithoutSeats() {
		assertThat(fields(() -> EventRules.check(session("2024-10-07T09:00", "2024-10-07T12:00", 40), FIRST, LAST)))
			.containsExactlyInAnyOrder("startsAt", "endsAt");
		assertThat(fields(() -> EventRules.check(session("2024-10-03T09:00", "2024-10-03T09:00", 0), FIRST, LAST)))
			.containsExactlyInAnyOrder("endsAt", "capacity");
		assertThat(fields(() -> EventRules.check(session("2024-10-03T09:00", "2024-10-03T10:00", -5), FIRST, LAST)))
			.containsExactly("capacity");
		assertThat(fields(() -> EventRules.check(session("besok", null, null), FIRST, LAST)))
			.containsExactlyInAnyOrder("startsAt", "endsAt", "capacity");
	}

	@Test
	void anEventCodeHasItsForm() {
		assertThat(EventCode.isValid("HBN-2024")).isTrue();
		assertThat(EventCode.isValid("hbn-2024")).isFalse();
		assertThat(EventCode.of(" hbn-2024 ").value()).isEqualTo("HBN-2024");
		assertThatThrownBy(() -> EventCode.of("HB")).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> EventCode.of("HBN 2024")).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> new EventCode("A".repeat(21))).isInstanceOf(InvalidInputException.class);
	}

	private static List<String> fields(Runnable check) {
		try {
			check.run();
		}
		catch (InvalidInputException e) {
			return e.violations().stream().map(FieldViolation::field).toList();
		}
		throw new AssertionError("no violation");
	}
}
