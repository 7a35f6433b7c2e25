package id.canting.event.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import id.canting.event.SessionKind;
import id.canting.shared.FieldChange;

/** A session's details as {@link EventRules} accepted them. */
record SessionDetails(SessionKind kind, String title, String titleEn, LocalDateTime startsAt, LocalDateTime endsAt,
		String room, int capacity, String audience, String speakers, Long programmeSessionId) {

	List<FieldChange> changesFrom(SessionDetails before) {
		List<FieldChange> changes = new ArrayList<>();
		FieldChange.addIfChanged(changes, "sessionKind", before.kind, kind);
		FieldChange.addIfChanged(changes, "title", before.title, title);
		FieldChange.addIfChanged(changes, "titleEn", before.titleEn, titleEn);
		FieldChange.addIfChanged(changes, "startsAt", moment(before.startsAt), moment(startsAt));
		FieldChange.addIfChanged(changes, "endsAt", moment(before.endsAt), moment(endsAt));
		FieldChange.addIfChanged(changes, "room", before.room, room);
		FieldChange.addIfChanged(changes, "capacity", before.capacity, capacity);
		FieldChange.addIfChanged(changes, "audience", before.audience, audience);
		FieldChange.addIfChanged(changes, "speakers", before.speakers, speakers);
		FieldChange.addIfChanged(changes, "programmeSessionId", before.programmeSessionId, programmeSessionId);
		return changes;
	}

	/** A WIB local time as the moment it is, which the audit trail shows as "3 Oktober 2024 09:00 WIB". */
	private static Instant moment(LocalDateTime local) {
		return local == null ? null : local.atZone(EventManagement.WIB).toInstant();
	}
}
