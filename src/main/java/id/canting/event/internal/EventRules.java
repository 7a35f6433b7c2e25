package id.canting.event.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import id.canting.event.EventCode;
import id.canting.event.EventType;
import id.canting.event.SessionKind;
import id.canting.shared.DateFields;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * The field rules of events and sessions: required texts and their lengths, the code's form, dates
 * in order, the exhibitor call given as a whole and closing before the event starts, sessions within
 * the event's days and ending after they start, a positive capacity. Each broken rule is one
 * {@link FieldViolation}; all are reported together.
 */
public final class EventRules {

	static final int NAME = 200;
	static final int VENUE = 200;
	static final int CITY = 100;
	static final int PEOPLE = 500;
	static final int DESCRIPTION = 4000;
	static final int TITLE = 200;
	static final int ROOM = 200;
	static final int AUDIENCE = 200;
	static final int SPEAKERS = 1000;
	/** A session's capacity above this is surely a typing error. */
	static final int MAX_CAPACITY = 100_000;

	private EventRules() {
	}

	/** Checks an event; {@code knownProvince} says whether a province code exists. */
	static EventDetails check(EventInput in, Predicate<String> knownProvince) {
		List<FieldViolation> v = new ArrayList<>();
		String code = in.code() == null ? null : in.code().strip().toUpperCase(Locale.ROOT);
		if (!EventCode.isValid(code)) {
			v.add(FieldViolation.of("code", "event.validation.code", String.valueOf(in.code())));
		}
		String name = required(v, "name", in.name(), NAME);
		EventType type = choice(v, "type", in.type(), EventType.class);
		String venue = required(v, "venue", in.venue(), VENUE);
		String city = required(v, "city", in.city(), CITY);
		String province = optional(v, "provinceCode", in.provinceCode(), 2);
		if (province != null && !knownProvince.test(province)) {
			v.add(FieldViolation.of("provinceCode", "event.validation.province", province));
		}
		LocalDate start = DateFields.parse("startDate", in.startDate(), true, v);
		LocalDate end = DateFields.parse("endDate", in.endDate(), true, v);
		if (start != null && end != null && end.isBefore(start)) {
			v.add(FieldViolation.of("endDate", "event.validation.end-before-start"));
		}
		String organisers = required(v, "organisers", in.organisers(), PEOPLE);
		String partners = optional(v, "partners", in.partners(), PEOPLE);
		String description = required(v, "description", in.description(), DESCRIPTION);
		String descriptionEn = optional(v, "descriptionEn", in.descriptionEn(), DESCRIPTION);
		int before = v.size();
		LocalDate opens = DateFields.parse("exhibitorCallOpens", in.exhibitorCallOpens(), false, v);
		LocalDate closes = DateFields.parse("exhibitorCallCloses", in.exhibitorCallCloses(), false, v);
		if (v.size() == before) {
			// a call date that cannot be read is reported as such, not as a missing one
			if ((opens == null) != (closes == null)) {
				v.add(FieldViolation.of(opens == null ? "exhibitorCallOpens" : "exhibitorCallCloses",
						"event.validation.call-both"));
			}
			else if (opens != null && closes.isBefore(opens)) {
				v.add(FieldViolation.of("exhibitorCallCloses", "event.validation.call-order"));
			}
			else if (opens != null && start != null && !closes.isBefore(start)) {
				v.add(FieldViolation.of("exhibitorCallCloses", "event.validation.call-before-event"));
			}
		}
		if (!v.isEmpty()) {
			throw new InvalidInputException(v);
		}
		return new EventDetails(new EventCode(code), name, type, venue, city, province, start, end, organisers,
				partners == null ? "" : partners, description, descriptionEn, opens, closes);
	}

	/** Checks a session of an event held from {@code first} to {@code last} (days, Asia/Jakarta). */
	static SessionDetails check(SessionInput in, LocalDate first, LocalDate last) {
		List<FieldViolation> v = new ArrayList<>();
		SessionKind kind = choice(v, "kind", in.kind(), SessionKind.class);
		String title = required(v, "title", in.title(), TITLE);
		String titleEn = optional(v, "titleEn", in.titleEn(), TITLE);
		LocalDateTime startsAt = time(v, "startsAt", in.startsAt());
		LocalDateTime endsAt = time(v, "endsAt", in.endsAt());
		if (startsAt != null
				&& (startsAt.toLocalDate().isBefore(first) || startsAt.toLocalDate().isAfter(last))) {
			v.add(FieldViolation.of("startsAt", "event.validation.session-outside", first.toString(), last.toString()));
		}
		if (endsAt != null && startsAt != null && !endsAt.isAfter(startsAt)) {
			v.add(FieldViolation.of("endsAt", "event.validation.session-end"));
		}
		else if (endsAt != null && endsAt.toLocalDate().isAfter(last)) {
			v.add(FieldViolation.of("endsAt", "event.validation.session-outside", first.toString(), last.toString()));
		}
		String room = required(v, "room", in.room(), ROOM);
		if (in.capacity() == null) {
			v.add(FieldViolation.of("capacity", "event.validation.required"));
		}
		else if (in.capacity() <= 0 || in.capacity() > MAX_CAPACITY) {
			v.add(FieldViolation.of("capacity", "event.validation.capacity", MAX_CAPACITY));
		}
		String audience = optional(v, "audience", in.audience(), AUDIENCE);
		String speakers = optional(v, "speakers", in.speakers(), SPEAKERS);
		if (in.programmeSessionId() != null && in.programmeSessionId() <= 0) {
			v.add(FieldViolation.of("programmeSessionId", "event.validation.programme-session",
					in.programmeSessionId()));
		}
		if (!v.isEmpty()) {
			throw new InvalidInputException(v);
		}
		return new SessionDetails(kind, title, titleEn, startsAt, endsAt, room, in.capacity(), audience,
				speakers == null ? "" : speakers, in.programmeSessionId());
	}

	private static <E extends Enum<E>> E choice(List<FieldViolation> v, String field, String raw, Class<E> type) {
		if (raw == null || raw.isBlank()) {
			v.add(FieldViolation.of(field, "event.validation.required"));
			return null;
		}
		try {
			return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			v.add(FieldViolation.of(field, "event.validation.choice", raw.strip()));
			return null;
		}
	}

	/**
	 * A local date and time in Asia/Jakarta as a browser's date-and-time field sends it
	 * ({@code 2024-10-03T09:00}), or a moment with its offset as the API writes it
	 * ({@code 2024-10-03T09:00:00+07:00}), taken as the time in Jakarta.
	 */
	private static LocalDateTime time(List<FieldViolation> v, String field, String raw) {
		if (raw == null || raw.isBlank()) {
			v.add(FieldViolation.of(field, "event.validation.required"));
			return null;
		}
		String text = raw.strip();
		try {
			return LocalDateTime.parse(text).withSecond(0).withNano(0);
		}
		catch (DateTimeParseException local) {
			try {
				return OffsetDateTime.parse(text).atZoneSameInstant(EventManagement.WIB).toLocalDateTime().withSecond(0)
					.withNano(0);
			}
			catch (DateTimeParseException unreadable) {
				v.add(FieldViolation.of(field, "event.validation.time", text));
				return null;
			}
		}
	}

	private static String required(List<FieldViolation> v, String field, String value, int max) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			v.add(FieldViolation.of(field, "event.validation.required"));
			return null;
		}
		if (text.length() > max) {
			v.add(FieldViolation.of(field, "event.validation.too-long", max));
		}
		return text;
	}

	private static String optional(List<FieldViolation> v, String field, String value, int max) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			return null;
		}
		if (text.length() > max) {
			v.add(FieldViolation.of(field, "event.validation.too-long", max));
		}
		return text;
	}
}
