package id.canting.matching;

import id.canting.event.EventCode;

/** The organiser approved a participant, who may now request and meet. */
public record MatchingParticipantApproved(EventCode eventCode, MatchingParticipantId participant, ParticipantSide side, String by) {
}
