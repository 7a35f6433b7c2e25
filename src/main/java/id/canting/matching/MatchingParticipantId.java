package id.canting.matching;

/** Identifies a participant (buyer or seller) of an event's business matching. */
public record MatchingParticipantId(long value) {
}
