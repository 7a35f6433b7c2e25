package id.canting.event.web;

import id.canting.event.internal.EventInput;
import id.canting.event.internal.SessionInput;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the events API receives: an event, a session and a status step, in the shape it answers with. */
final class EventRequests {

	private EventRequests() {
	}

	/** An event to create or change; {@code version} is required for a change (the one last read). */
	record EventRequest(@Schema(example = "HBN-2024", pattern = "^[A-Za-z0-9-]{3,20}$") String code,
			@Schema(maxLength = 200) String name,
			@Schema(allowableValues = { "NATIONAL_DAY", "EXHIBITION", "TRADE_MISSION", "TRAINING_EVENT" }) String type,
			@Schema(maxLength = 200) String venue, @Schema(maxLength = 100) String city,
			@Schema(example = "31", maxLength = 2) String provinceCode,
			@Schema(example = "2024-10-02", format = "date") String startDate,
			@Schema(example = "2024-10-06", format = "date") String endDate,
			@Schema(maxLength = 500) String organisers, @Schema(maxLength = 500) String partners,
			@Schema(maxLength = 4000) String description, @Schema(maxLength = 4000) String descriptionEn,
			@Schema(format = "date") String exhibitorCallOpens, @Schema(format = "date") String exhibitorCallCloses,
			Integer version) {

		EventInput toInput() {
			return new EventInput(code, name, type, venue, city, provinceCode, startDate, endDate, organisers, partners,
					description, descriptionEn, exhibitorCallOpens, exhibitorCallCloses);
		}
	}

	/**
	 * A session to add or change: times in Asia/Jakarta, as local times ({@code 2024-10-03T09:00}) or
	 * with their offset ({@code 2024-10-03T09:00:00+07:00});
	 * {@code version} is required for a change.
	 */
	record SessionRequest(
			@Schema(allowableValues = { "FGD", "WORKSHOP", "TALK", "BUSINESS_MATCHING", "OPENING" }) String kind,
			@Schema(maxLength = 200) String title, @Schema(maxLength = 200) String titleEn,
			@Schema(example = "2024-10-03T09:00:00+07:00") String startsAt,
			@Schema(example = "2024-10-03T12:00:00+07:00") String endsAt,
			@Schema(maxLength = 200) String room, @Schema(minimum = "1", maximum = "100000") Integer capacity,
			@Schema(maxLength = 200, example = "Pemuda 15–30 tahun") String audience,
			@Schema(maxLength = 1000) String speakers, Long programmeSessionId, Integer version) {

		SessionInput toInput() {
			return new SessionInput(kind, title, titleEn, startsAt, endsAt, room, capacity, audience, speakers,
					programmeSessionId);
		}
	}

	/** The status an event moves to, e.g. {@code {"status": "PUBLISHED"}}. */
	record StatusRequest(@Schema(allowableValues = { "DRAFT", "OPEN_FOR_EXHIBITORS", "PUBLISHED", "RUNNING",
			"CLOSED" }) String status) {
	}
}
