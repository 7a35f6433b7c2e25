package id.canting.matching;

import id.canting.event.EventCode;

/** The other side declined a request. */
public record MeetingRequestDeclined(EventCode eventCode, MeetingRequestId request, MatchingParticipantId from, MatchingParticipantId to) {
}
