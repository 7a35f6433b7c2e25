package id.canting.matching;

import id.canting.event.EventCode;

/** A walk-in meeting was booked on the day into a free slot ({@code tableNo} null: at the seller's booth). */
public record WalkInMeetingBooked(EventCode eventCode, MeetingId meeting, MatchingParticipantId buyer,
		MatchingParticipantId seller, long slotId, Integer tableNo, String sellerProvince, String by) {
}
