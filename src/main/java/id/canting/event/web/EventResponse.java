package id.canting.event.web;

import java.time.LocalDate;

import id.canting.event.EventView;

/**
 * An event as the API shows it. Codes ({@code type}, {@code status}) are the names of the module's
 * enums; days are in Asia/Jakarta; {@code provinceCode}, {@code descriptionEn} and the exhibitor call
 * window may be null. {@code version} is sent back with a change.
 */
record EventResponse(String code, String name, String type, String status, String venue, String city,
		String provinceCode, LocalDate startDate, LocalDate endDate, String organisers, String partners,
		String description, String descriptionEn, LocalDate exhibitorCallOpens, LocalDate exhibitorCallCloses,
		int version) {

	static EventResponse of(EventView e) {
		return new EventResponse(e.code().value(), e.name(), e.type().name(), e.status().name(), e.venue(), e.city(),
				e.provinceCode(), e.startDate(), e.endDate(), e.organisers(), e.partners(), e.description(),
				e.descriptionEn(), e.exhibitorCallOpens(), e.exhibitorCallCloses(), e.version());
	}
}
