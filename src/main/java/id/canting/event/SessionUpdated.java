package id.canting.event;

import java.util.List;

import id.canting.shared.FieldChange;

/** Organiser {@code by} changed a session; one change per field (capacity, times, link to a programme…). */
public record SessionUpdated(EventCode eventCode, EventSessionId id, List<FieldChange> changes, String by) {
}
