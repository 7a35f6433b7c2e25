package id.canting.event.internal;

import java.time.LocalDate;

import id.canting.event.EventType;

/**
 * An event as organisers type it (form or API), before {@link EventRules} checked it. Texts may be
 * blank or null; the rules say which are required.
 */
public record EventInput(String code, String name, EventType type, String venue, String city, String provinceCode,
		LocalDate startDate, LocalDate endDate, String organisers, String partners, String description,
		String descriptionEn, LocalDate exhibitorCallOpens, LocalDate exhibitorCallCloses) {
}
