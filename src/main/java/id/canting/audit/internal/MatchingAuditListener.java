package id.canting.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.canting.matching.MatchingActivity;

/**
 * Records every change of an event's business matching (participants, requests, meetings, settings and
 * rules), under the seller's province when a seller is concerned so the province's officers read it,
 * synchronously in the transaction of the change.
 */
@Component
class MatchingAuditListener {

	private final AuditWriter writer;

	MatchingAuditListener(AuditWriter writer) {
		this.writer = writer;
	}

	@EventListener
	void on(MatchingActivity event) {
		String summary = event.eventCode() + (event.detail() == null ? "" : " — " + event.detail());
		writer.append(NewEntry.of(event.by(), event.action(), event.entityType(), event.entityId(), event.provinceCode(),
				summary.length() <= 300 ? summary : summary.substring(0, 299) + "…"));
	}
}
