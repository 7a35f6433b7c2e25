package id.canting.matching;

import id.canting.event.EventCode;

/** Nobody answered a request in the event's time; it no longer blocks anyone. */
public record MeetingRequestExpired(EventCode eventCode, MeetingRequestId request, MatchingParticipantId from, MatchingParticipantId to) {
}
