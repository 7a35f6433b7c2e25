package id.canting.event.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.canting.event.EventCode;
import id.canting.event.EventType;
import id.canting.shared.FieldChange;

/** An event's details as {@link EventRules} accepted them: trimmed, blanks as null where optional. */
record EventDetails(EventCode code, String name, EventType type, String venue, String city, String provinceCode,
		LocalDate startDate, LocalDate endDate, String organisers, String partners, String description,
		String descriptionEn, LocalDate exhibitorCallOpens, LocalDate exhibitorCallCloses) {

	boolean hasExhibitorCall() {
		return exhibitorCallOpens != null;
	}

	List<FieldChange> changesFrom(EventDetails before) {
		List<FieldChange> changes = new ArrayList<>();
		FieldChange.addIfChanged(changes, "name", before.name, name);
		FieldChange.addIfChanged(changes, "eventType", before.type, type);
		FieldChange.addIfChanged(changes, "venue", before.venue, venue);
		FieldChange.addIfChanged(changes, "city", before.city, city);
		FieldChange.addIfChanged(changes, "provinceCode", before.provinceCode, provinceCode);
		FieldChange.addIfChanged(changes, "startDate", before.startDate, startDate);
		FieldChange.addIfChanged(changes, "endDate", before.endDate, endDate);
		FieldChange.addIfChanged(changes, "organisers", before.organisers, organisers);
		FieldChange.addIfChanged(changes, "partners", before.partners, partners);
		FieldChange.addIfChanged(changes, "description", before.description, description);
		FieldChange.addIfChanged(changes, "descriptionEn", before.descriptionEn, descriptionEn);
		FieldChange.addIfChanged(changes, "exhibitorCallOpens", before.exhibitorCallOpens, exhibitorCallOpens);
		FieldChange.addIfChanged(changes, "exhibitorCallCloses", before.exhibitorCallCloses, exhibitorCallCloses);
		return changes;
	}
}
