package id.canting.audit.internal;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.canting.event.EventCreated;
import id.canting.event.EventStatusChanged;
import id.canting.event.EventUpdated;
import id.canting.event.SessionAdded;
import id.canting.event.SessionRemoved;
import id.canting.event.SessionUpdated;
import id.canting.shared.FieldChange;

/**
 * Records every change to an event and its sessions, synchronously in the transaction of the change
 * (as {@link ProgrammeAuditListener} does). A status step is one entry with the change of
 * {@code eventStatus}; a session's entry is under its id, its summary naming the event. Events belong
 * to no province in the trail.
 */
@Component
class EventAuditListener {

	private static final String EVENT = "event";
	private static final String SESSION = "event_session";

	private final AuditWriter writer;

	EventAuditListener(AuditWriter writer) {
		this.writer = writer;
	}

	@EventListener
	void on(EventCreated event) {
		writer.append(NewEntry.of(event.by(), "CREATED", EVENT, event.code().value(), null, event.name()));
	}

	@EventListener
	void on(EventUpdated event) {
		writer.append(NewEntry.of(event.by(), "UPDATED", EVENT, event.code().value(), null, null)
			.withChanges(event.changes()));
	}

	@EventListener
	void on(EventStatusChanged event) {
		writer.append(NewEntry.of(event.by(), "STATUS_CHANGED", EVENT, event.code().value(), null, null)
			.withChanges(List.of(new FieldChange("eventStatus", event.from().name(), event.to().name()))));
	}

	@EventListener
	void on(SessionAdded event) {
		writer.append(NewEntry.of(event.by(), "CREATED", SESSION, event.id().value(), null,
				event.eventCode().value() + ": " + event.title()));
	}

	@EventListener
	void on(SessionUpdated event) {
		writer.append(NewEntry.of(event.by(), "UPDATED", SESSION, event.id().value(), null, event.eventCode().value())
			.withChanges(event.changes()));
	}

	@EventListener
	void on(SessionRemoved event) {
		writer.append(NewEntry.of(event.by(), "DELETED", SESSION, event.id().value(), null,
				event.eventCode().value() + ": " + event.title()));
	}
}
