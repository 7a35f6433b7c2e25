package id.canting.matching;

import id.canting.event.EventCode;

/** The organiser rejected a participant. */
public record MatchingParticipantRejected(EventCode eventCode, MatchingParticipantId participant, ParticipantSide side, String by) {
}
