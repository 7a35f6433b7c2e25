package id.canting.matching;

import id.canting.event.EventCode;

/** A meeting was cancelled by either side or the organiser; its slot (null when it was not placed) is free again. */
public record MeetingCancelled(EventCode eventCode, MeetingId meeting, MatchingParticipantId buyer, MatchingParticipantId seller, Long slotId, String by) {
}
