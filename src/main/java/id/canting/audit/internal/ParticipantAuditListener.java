package id.canting.audit.internal;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.canting.programme.AttendanceRecorded;
import id.canting.programme.ParticipantEnrolled;
import id.canting.programme.ParticipantRemoved;
import id.canting.programme.ProgrammeSessionAdded;
import id.canting.programme.ProgrammeSessionRemoved;
import id.canting.shared.FieldChange;

/**
 * Records every change to a programme's sessions and participants, synchronously in the transaction
 * of the change (as {@link ProgrammeAuditListener} does). A participant's entries carry their IKM's
 * province, so the officers of that province read them; sessions belong to no province.
 */
@Component
class ParticipantAuditListener {

	private static final String SESSION = "programme_session";
	private static final String PARTICIPANT = "participant";

	private final AuditWriter writer;

	ParticipantAuditListener(AuditWriter writer) {
		this.writer = writer;
	}

	@EventListener
	void on(ProgrammeSessionAdded event) {
		writer.append(NewEntry.of(event.by(), "CREATED", SESSION, event.sessionId(), null, event.programmeCode() + " #"
				+ event.number() + " " + event.topic())
			.withChanges(List.of(new FieldChange("heldOn", null, String.valueOf(event.heldOn())))));
	}

	@EventListener
	void on(ProgrammeSessionRemoved event) {
		writer.append(NewEntry.of(event.by(), "DELETED", SESSION, event.sessionId(), null,
				event.programmeCode() + " #" + event.number()));
	}

	@EventListener
	void on(ParticipantEnrolled event) {
		writer.append(NewEntry.of(event.by(), "CREATED", PARTICIPANT, event.id().value(), event.provinceCode(),
				event.programmeCode() + " #" + event.number() + " " + event.name() + " (IKM " + event.ikm().value() + ")"));
	}

	@EventListener
	void on(ParticipantRemoved event) {
		writer.append(NewEntry.of(event.by(), "DELETED", PARTICIPANT, event.id().value(), event.provinceCode(),
				event.programmeCode() + " " + event.name() + " (IKM " + event.ikm().value() + ")"));
	}

	@EventListener
	void on(AttendanceRecorded event) {
		writer.append(NewEntry.of(event.by(), "UPDATED", PARTICIPANT, event.id().value(), event.provinceCode(),
				event.programmeCode()).withChanges(event.changes()));
	}
}
