package id.canting.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.canting.allocation.AllocationActivity;

/**
 * Records every change of order allocation (orders, plans, locks, licences, capacity confirmations,
 * progress and deliveries), under the IKM's province when one IKM is concerned so the province's
 * officers read it, synchronously in the transaction of the change.
 */
@Component
class AllocationAuditListener {

	private final AuditWriter writer;

	AllocationAuditListener(AuditWriter writer) {
		this.writer = writer;
	}

	@EventListener
	void on(AllocationActivity event) {
		String summary = event.eventCode() + (event.detail() == null ? "" : " — " + event.detail());
		writer.append(NewEntry.of(event.by(), event.action(), event.entityType(), event.entityId(), event.provinceCode(),
				summary.length() <= 300 ? summary : summary.substring(0, 299) + "…"));
	}
}
