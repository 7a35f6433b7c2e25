package id.canting.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.canting.programme.ProgrammeClosed;
import id.canting.programme.ProgrammeCreated;
import id.canting.programme.ProgrammePublished;
import id.canting.programme.ProgrammeUpdated;

/**
 * Records every change to a programme, synchronously in the transaction of the change (as
 * {@link TradeAuditListener} does), so no change is saved without its entry. Programmes belong to no
 * province.
 */
@Component
class ProgrammeAuditListener {

	private static final String PROGRAMME = "programme";

	private final AuditWriter writer;

	ProgrammeAuditListener(AuditWriter writer) {
		this.writer = writer;
	}

	@EventListener
	void on(ProgrammeCreated event) {
		writer.append(NewEntry.of(event.by(), "CREATED", PROGRAMME, event.code(), null, event.name()));
	}

	@EventListener
	void on(ProgrammeUpdated event) {
		writer.append(NewEntry.of(event.by(), "UPDATED", PROGRAMME, event.code(), null, null)
			.withChanges(event.changes()));
	}

	@EventListener
	void on(ProgrammePublished event) {
		writer.append(NewEntry.of(event.by(), "PUBLISHED", PROGRAMME, event.code(), null, null));
	}

	@EventListener
	void on(ProgrammeClosed event) {
		writer.append(NewEntry.of(event.by(), "CLOSED", PROGRAMME, event.code(), null, null));
	}
}
