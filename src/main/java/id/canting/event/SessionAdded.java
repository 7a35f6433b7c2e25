package id.canting.event;

import java.time.LocalDateTime;

/** Organiser {@code by} added a session to an event. */
public record SessionAdded(EventCode eventCode, EventSessionId id, SessionKind kind, String title,
		LocalDateTime startsAt, int capacity, Long programmeSessionId, String by) {
}
