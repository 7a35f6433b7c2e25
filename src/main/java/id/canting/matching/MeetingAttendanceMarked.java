package id.canting.matching;

import id.canting.event.EventCode;

/**
 * One side marked a meeting held or a no-show (the other side did not come); {@code status} is the
 * meeting's status after the mark (HELD when either side says held, NO_SHOW otherwise); {@code sellerProvince} says which province's
 * officers may read the trail.
 */
public record MeetingAttendanceMarked(EventCode eventCode, MeetingId meeting, ParticipantSide side, String mark,
		MeetingStatus status, String sellerProvince, String by) {
}
