package id.canting.matching;

import id.canting.event.EventCode;

/** A participant asked another to meet; the other side answers before the request expires. */
public record MeetingRequested(EventCode eventCode, MeetingRequestId request, MatchingParticipantId from, MatchingParticipantId to, Preference preference) {
}
