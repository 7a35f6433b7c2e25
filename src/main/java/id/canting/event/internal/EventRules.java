package id.canting.event.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.canting.event.EventCode;
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
	static EventDetails check(EventInput in, java.util.function.Predicate<String> knownProvince) {
		List<FieldViolation> v = new ArrayList<>();
		String code = in.code() == null ? null : in.code().strip().toUpperCase(Locale.ROOT);
		if (!EventCode.isValid(code)) {
			v.add(FieldViolation.of("code", "event.validation.code", String.valueOf(in.code())));
		}
		String name = required(v, "name", in.name(), NAME);
		if (in.type() == null) {
			v.add(FieldViolation.of("type", "event.validation.required"));
		}
		String venue = required(v, "venue", in.venue(), VENUE);
		String city = required(v, "city", in.city(), CITY);
		String province = optional(v, "provinceCode", in.provinceCode(), 2);
		if (province != null && !knownProvince.test(province)) {
			v.add(FieldViolation.of("provinceCode", "event.validation.province", province));
		}
		if (in.startDate() == null) {
			v.add(FieldViolation.of("startDate", "event.validation.required"));
		}
		if (in.endDate() == null) {
			v.add(FieldViolation.of("endDate", "event.validation.required"));
		}
		if (in.startDate() != null && in.endDate() != null && in.endDate().isBefore(in.startDate())) {
			v.add(FieldViolation.of("endDate", "event.validation.end-before-start"));
		}
		String organisers = required(v, "organisers", in.organisers(), PEOPLE);
		String partners = optional(v, "partners", in.partners(), PEOPLE);
		String description = required(v, "description", in.description(), DESCRIPTION);
		String descriptionEn = optional(v, "descriptionEn", in.descriptionEn(), DESCRIPTION);
		LocalDate opens = in.exhibitorCallOpens();
		LocalDate closes = in.exhibitorCallCloses();
		if ((opens == null) != (closes == null)) {
			v.add(FieldViolation.of(opens == null ? "exhibitorCallOpens" : "exhibitorCallCloses",
					"event.validation.call-both"));
		}
		else if (opens != null) {
			if (closes.isBefore(opens)) {
				v.add(FieldViolation.of("exhibitorCallCloses", "event.validation.call-order"));
			}
			if (in.startDate() != null && !closes.isBefore(in.startDate())) {
				v.add(FieldViolation.of("exhibitorCallCloses", "event.validation.call-before-event"));
			}
		}
		if (!v.isEmpty()) {
			throw new InvalidInputException(v);
		}
		return new EventDetails(new EventCode(code), name, in.type(), venue, city, province, in.startDate(),
				in.endDate(), organisers, partners == null ? "" : partners, description, descriptionEn, opens, closes);
	}

	/** Checks a session of an event held from {@code first} to {@code last} (days, Asia/Jakarta). */
	static SessionDetails check(SessionInput in, LocalDate first, LocalDate last) {
		List<FieldViolation> v = new ArrayList<>();
		if (in.kind() == null) {
			v.add(FieldViolation.of("kind", "event.validation.required"));
		}
		String title = required(v, "title", in.title(), TITLE);
		String titleEn = optional(v, "titleEn", in.titleEn(), TITLE);
		if (in.startsAt() == null) {
			v.add(FieldViolation.of("startsAt", "event.validation.required"));
		}
		else if (in.startsAt().toLocalDate().isBefore(first) || in.startsAt().toLocalDate().isAfter(last)) {
			v.add(FieldViolation.of("startsAt", "event.validation.session-outside", first, last));
		}
		if (in.endsAt() == null) {
			v.add(FieldViolation.of("endsAt", "event.validation.required"));
		}
		else if (in.startsAt() != null && !in.endsAt().isAfter(in.startsAt())) {
			v.add(FieldViolation.of("endsAt", "event.validation.session-end"));
		}
		else if (in.endsAt().toLocalDate().isAfter(last)) {
			v.add(FieldViolation.of("endsAt", "event.validation.session-outside", first, last));
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
		return new SessionDetails(in.kind(), title, titleEn, in.startsAt(), in.endsAt(), room, in.capacity(), audience,
				speakers == null ? "" : speakers, in.programmeSessionId());
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
