package id.canting.matching;

import id.canting.event.EventCode;

/** The other side accepted a request: a meeting to place in the schedule. */
public record MeetingRequestAccepted(EventCode eventCode, MeetingRequestId request, MeetingId meeting, MatchingParticipantId buyer, MatchingParticipantId seller, boolean mustMeet) {
}
