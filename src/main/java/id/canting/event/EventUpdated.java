package id.canting.event;

import java.util.List;

import id.canting.shared.FieldChange;

/** Organiser {@code by} changed an event's details; one change per field. */
public record EventUpdated(EventCode code, List<FieldChange> changes, String by) {
}
