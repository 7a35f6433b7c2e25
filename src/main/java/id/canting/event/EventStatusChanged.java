package id.canting.event;

/** Organiser {@code by} moved an event from one status to the next (a guarded transition). */
public record EventStatusChanged(EventCode code, EventStatus from, EventStatus to, String by) {
}
