package id.canting.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.canting.matching.MatchingParticipantCheckedIn;
import id.canting.matching.MeetingAttendanceMarked;
import id.canting.matching.MeetingOutcomeReported;
import id.canting.matching.WalkInMeetingBooked;

/**
 * Records the business matching's day and outcomes (check-in, a side's mark of a meeting, walk-ins,
 * outcome reports and their corrections) under the seller's province, synchronously in the transaction
 * of the change.
 */
@Component
class MatchingDayAuditListener {

	private static final String PARTICIPANT = "matching_participant";
	private static final String MEETING = "matching_meeting";

	private final AuditWriter writer;

	MatchingDayAuditListener(AuditWriter writer) {
		this.writer = writer;
	}

	@EventListener
	void on(MatchingParticipantCheckedIn event) {
		writer.append(NewEntry.of(event.by(), "CHECKED_IN", PARTICIPANT, event.participant().value(),
				event.provinceCode(), shortened(event.eventCode().value() + " — " + event.company())));
	}

	@EventListener
	void on(MeetingAttendanceMarked event) {
		writer.append(NewEntry.of(event.by(), "MARKED_" + event.mark(), MEETING, event.meeting().value(),
				event.sellerProvince(), event.eventCode().value() + " — " + event.side() + ": " + event.mark() + " → "
						+ event.status()));
	}

	@EventListener
	void on(WalkInMeetingBooked event) {
		writer.append(NewEntry.of(event.by(), "WALK_IN_BOOKED", MEETING, event.meeting().value(), event.sellerProvince(),
				event.eventCode().value() + " — slot " + event.slotId()
						+ (event.tableNo() == null ? " (booth)" : " table " + event.tableNo())));
	}

	@EventListener
	void on(MeetingOutcomeReported event) {
		writer.append(NewEntry.of(event.by(), event.corrected() ? "OUTCOME_CORRECTED" : "OUTCOME_REPORTED", MEETING,
				event.meeting().value(), event.sellerProvince(),
				event.eventCode().value() + " — " + event.side() + " " + event.checkpoint() + ": " + event.result()
						+ (event.valueIdr() == null ? "" : " Rp" + event.valueIdr())));
	}

	/** The trail's summary holds 300 characters; a long company name is cut there. */
	private static String shortened(String summary) {
		return summary.length() <= 300 ? summary : summary.substring(0, 299) + "…";
	}
}
