package id.canting.matching;

import id.canting.event.EventCode;

/**
 * One side reported (or, {@code corrected}, changed its report of) what came of a held meeting by a
 * checkpoint; {@code valueIdr} is set for ORDER_PLACED only.
 */
public record MeetingOutcomeReported(EventCode eventCode, MeetingId meeting, ParticipantSide side,
		OutcomeCheckpoint checkpoint, OutcomeResult result, Long valueIdr, boolean corrected, String sellerProvince, String by) {
}
