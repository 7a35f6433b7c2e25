package id.canting.matching;

/** Identifies a meeting between a buyer and a seller, to place in a slot. */
public record MeetingId(long value) {
}
