package id.canting.event;

/** The identity of one session of an event (stable: registrations and page anchors refer to it). */
public record EventSessionId(long value) {
}
