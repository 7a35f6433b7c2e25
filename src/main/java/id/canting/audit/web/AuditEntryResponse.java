package id.canting.audit.web;

import java.time.Instant;
import java.util.List;

import id.canting.audit.AuditEntry;

/** One audit entry in the API, with {@code changes: [{field, oldValue, newValue}]}. */
record AuditEntryResponse(long id, Instant occurredAt, String actor, String action, String entityType,
		String entityId, String provinceCode, String clientAddress, String summary, List<Change> changes) {

	record Change(String field, String oldValue, String newValue) {
	}

	static AuditEntryResponse of(AuditEntry entry) {
		return new AuditEntryResponse(entry.id(), entry.occurredAt(), entry.actor(), entry.action(),
				entry.entityType(), entry.entityId(), entry.provinceCode(), entry.clientAddress(), entry.summary(),
				entry.changes().stream().map(c -> new Change(c.field(), c.oldValue(), c.newValue())).toList());
	}
}
