package id.canting.event;

import java.time.LocalDate;

/**
 * An event as other modules and the pages read it. {@code provinceCode} is the venue's province
 * (null when not given); {@code descriptionEn} is the English description (null: the Indonesian one
 * is shown); the exhibitor call window is null for events that take no exhibitors. Dates are days
 * in Western Indonesian Time (Asia/Jakarta).
 */
public record EventView(EventCode code, String name, EventType type, EventStatus status, String venue, String city,
		String provinceCode, LocalDate startDate, LocalDate endDate, String organisers, String partners,
		String description, String descriptionEn, LocalDate exhibitorCallOpens, LocalDate exhibitorCallCloses,
		int version) {

	/** Whether the event has a call for exhibitors. */
	public boolean hasExhibitorCall() {
		return exhibitorCallOpens != null && exhibitorCallCloses != null;
	}

	/** Whether the exhibitor call is open on {@code day} (status OPEN_FOR_EXHIBITORS and within the window). */
	public boolean exhibitorCallOpenOn(LocalDate day) {
		return status == EventStatus.OPEN_FOR_EXHIBITORS && hasExhibitorCall() && !day.isBefore(exhibitorCallOpens)
				&& !day.isAfter(exhibitorCallCloses);
	}

	/** The description in the reader's language: English when asked for and given, otherwise Indonesian. */
	public String description(boolean english) {
		return english && descriptionEn != null && !descriptionEn.isBlank() ? descriptionEn : description;
	}
}
