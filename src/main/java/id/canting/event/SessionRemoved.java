package id.canting.event;

/** Organiser {@code by} removed a session from an event. */
public record SessionRemoved(EventCode eventCode, EventSessionId id, String title, String by) {
}
