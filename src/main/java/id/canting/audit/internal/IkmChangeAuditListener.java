package id.canting.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.canting.registry.events.IkmChangeAccepted;
import id.canting.registry.events.IkmChangeProposed;
import id.canting.registry.events.IkmChangeReturned;
import id.canting.registry.events.IkmChangeWithdrawn;

/**
 * Records each step of an owner's change that waits for the provincial office: proposed (with each
 * field's value then and the proposed one), accepted (the IKM's own UPDATED entry lists what moved),
 * returned (with the reason) and withdrawn. Filed under the IKM, so its history tab shows them;
 * synchronous like {@link RegistryAuditListener}, so no step exists without its entry.
 */
@Component
class IkmChangeAuditListener {

	private static final String IKM = "ikm";

	private final AuditWriter writer;

	IkmChangeAuditListener(AuditWriter writer) {
		this.writer = writer;
	}

	@EventListener
	void on(IkmChangeProposed event) {
		writer.append(NewEntry.of(event.by(), "CHANGE_PROPOSED", IKM, event.ikmId().value(), event.provinceCode(),
				summary(event.id().value())).withChanges(event.changes()));
	}

	@EventListener
	void on(IkmChangeAccepted event) {
		writer.append(NewEntry.of(event.by(), "CHANGE_ACCEPTED", IKM, event.ikmId().value(), event.provinceCode(),
				summary(event.id().value())));
	}

	@EventListener
	void on(IkmChangeReturned event) {
		writer.append(NewEntry.of(event.by(), "CHANGE_RETURNED", IKM, event.ikmId().value(), event.provinceCode(),
				summary(event.id().value()) + ": " + event.reason()));
	}

	@EventListener
	void on(IkmChangeWithdrawn event) {
		writer.append(NewEntry.of(event.by(), event.replaced() ? "CHANGE_REPLACED" : "CHANGE_WITHDRAWN", IKM,
				event.ikmId().value(), event.provinceCode(), summary(event.id().value())));
	}

	private static String summary(long changeId) {
		return "#" + changeId;
	}
}
