package id.canting.matching;

import id.canting.event.EventCode;

/** The sender withdrew a pending request. */
public record MeetingRequestWithdrawn(EventCode eventCode, MeetingRequestId request, MatchingParticipantId from, MatchingParticipantId to) {
}
