package id.canting.audit;

import java.time.Instant;
import java.util.List;

import id.canting.shared.FieldChange;

/**
 * One recorded act: {@code actor} (a username, or {@code null} for an anonymous act such as a
 * failed login) did {@code action} (e.g. {@code UPDATED}, {@code LOGIN_FAILED}) to the record
 * {@code entityType}/{@code entityId} (e.g. {@code ikm}/{@code 42}) at {@code occurredAt}.
 * {@code provinceCode} is the province the record belonged to, which decides which officers may read
 * the entry; {@code summary} is a short note such as the name given at registration; for updates,
 * {@code changes} lists each changed field with its old and new value.
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String entityType,
		String entityId, String provinceCode, String clientAddress, String summary, List<FieldChange> changes) {

	public AuditEntry {
		changes = List.copyOf(changes);
	}
}
