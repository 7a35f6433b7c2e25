package id.canting.matching;

/** Identifies a request from one participant to meet another. */
public record MeetingRequestId(long value) {
}
