package id.canting.audit.internal;

import java.util.List;

import id.canting.shared.FieldChange;

/** An entry about to be appended; the time is taken when it is written. */
record NewEntry(String actor, String action, String entityType, String entityId, String provinceCode,
		String clientAddress, String summary, List<FieldChange> changes) {

	NewEntry {
		changes = changes == null ? List.of() : List.copyOf(changes);
	}

	/** An act on a record without field changes. */
	static NewEntry of(String actor, String action, String entityType, Object entityId, String provinceCode,
			String summary) {
		return new NewEntry(actor, action, entityType, String.valueOf(entityId), provinceCode, null, summary, List.of());
	}

	NewEntry withChanges(List<FieldChange> fieldChanges) {
		return new NewEntry(actor, action, entityType, entityId, provinceCode, clientAddress, summary, fieldChanges);
	}
}
