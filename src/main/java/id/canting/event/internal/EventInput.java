package id.canting.event.internal;

/**
 * An event as organisers type it (form or API), before {@link EventRules} checked it: texts as typed,
 * the type as its code ({@code NATIONAL_DAY}), days as {@code 2024-10-02}. Blank optional fields are
 * left empty.
 */
public record EventInput(String code, String name, String type, String venue, String city, String provinceCode,
		String startDate, String endDate, String organisers, String partners, String description,
		String descriptionEn, String exhibitorCallOpens, String exhibitorCallCloses) {
}
