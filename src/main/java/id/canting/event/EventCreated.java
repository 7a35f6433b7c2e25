package id.canting.event;

/** Organiser {@code by} created an event as a DRAFT. */
public record EventCreated(EventCode code, String name, EventType type, String by) {
}
