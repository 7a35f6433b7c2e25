package id.canting.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.canting.registry.events.IkmActivated;
import id.canting.registry.events.IkmDeactivated;
import id.canting.registry.events.IkmRegistered;
import id.canting.registry.events.IkmUpdated;
import id.canting.registry.events.IkmsRegistered;
import id.canting.registry.events.IkmVerified;
import id.canting.registry.events.IkmsVerified;
import id.canting.registry.events.SentraDeactivated;
import id.canting.registry.events.SentraRegistered;
import id.canting.registry.events.SentraUpdated;

/**
 * Records every change to IKM and sentra. The listeners are plain synchronous {@link EventListener}s,
 * not after-commit ones: the entry is written in the transaction of the change, so a change is never
 * saved without its entry, and a change rolled back leaves no entry behind.
 */
@Component
class RegistryAuditListener {

	private static final String IKM = "ikm";
	private static final String SENTRA = "sentra";

	private final AuditWriter writer;

	RegistryAuditListener(AuditWriter writer) {
		this.writer = writer;
	}

	@EventListener
	void on(IkmRegistered event) {
		writer.append(NewEntry.of(event.by(), "CREATED", IKM, event.id().value(), event.provinceCode(), event.name()));
	}

	/** A bulk import: one entry per IKM, as for a single registration, written as one batch. */
	@EventListener
	void on(IkmsRegistered event) {
		writer.appendAll(event.registered().stream()
			.map(r -> NewEntry.of(r.by(), "CREATED", IKM, r.id().value(), r.provinceCode(), r.name()))
			.toList());
	}

	@EventListener
	void on(IkmUpdated event) {
		writer.append(NewEntry.of(event.by(), "UPDATED", IKM, event.id().value(), event.provinceCode(), null)
			.withChanges(event.changes()));
	}

	@EventListener
	void on(IkmVerified event) {
		writer.append(NewEntry.of(event.by(), "VERIFIED", IKM, event.id().value(), event.provinceCode(), null));
	}

	/** Many IKM verified at once: one entry per IKM, as for a single verification, written as one batch. */
	@EventListener
	void on(IkmsVerified event) {
		writer.appendAll(event.verified()
			.stream()
			.map(v -> NewEntry.of(v.by(), "VERIFIED", IKM, v.id().value(), v.provinceCode(), null))
			.toList());
	}

	@EventListener
	void on(IkmDeactivated event) {
		writer.append(NewEntry.of(event.by(), "DEACTIVATED", IKM, event.id().value(), event.provinceCode(), null));
	}

	@EventListener
	void on(IkmActivated event) {
		writer.append(NewEntry.of(event.by(), "ACTIVATED", IKM, event.id().value(), event.provinceCode(), null));
	}

	@EventListener
	void on(SentraRegistered event) {
		writer.append(NewEntry.of(event.by(), "CREATED", SENTRA, event.id().value(), event.provinceCode(), event.name()));
	}

	@EventListener
	void on(SentraUpdated event) {
		writer.append(NewEntry.of(event.by(), "UPDATED", SENTRA, event.id().value(), event.provinceCode(), null)
			.withChanges(event.changes()));
	}

	@EventListener
	void on(SentraDeactivated event) {
		writer.append(NewEntry.of(event.by(), "DEACTIVATED", SENTRA, event.id().value(), event.provinceCode(), null));
	}
}
