package id.canting.matching;

import id.canting.event.EventCode;

/** Someone joined an event's business matching as a buyer or a seller (PENDING, or APPROVED when the organiser added them). */
public record MatchingParticipantJoined(EventCode eventCode, MatchingParticipantId participant, ParticipantSide side, ParticipantStatus status, String by) {
}
