package id.canting.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * What to look for in the audit trail; every part is optional. {@code entityType} with
 * {@code entityId} names one record (its history); {@code actor} is a username; {@code from} and
 * {@code to} are days in Western Indonesian Time, both included. Violations name the query
 * parameters the pages and the API use ({@code entity}, {@code id}, {@code user}, {@code from},
 * {@code to}).
 */
public record AuditQuery(String entityType, String entityId, String actor, LocalDate from, LocalDate to) {

	/** The kinds of record the trail holds entries for. */
	public static final Set<String> ENTITY_TYPES = Set.of("ikm", "sentra", "semester_report", "user", "token", "login",
			"export_record", "product_basket", "programme", "notification", "event_registration",
			// business matching (room "core")
			"matching_participant", "matching_request", "matching_meeting", "matching_settings",
			// business matching (room "schedule")
			"matching_schedule",
			// sentra development (issue 20)
			"sentra_development", "development_weight",
			// Industry 4.0 readiness (issue 20): assessments and questionnaires
			"readiness", "readiness_form");

	/**
	 * @throws InvalidInputException for an unknown entity type, a record id without its type, or a
	 *         range that ends before it starts
	 */
	public AuditQuery {
		entityType = blankToNull(entityType);
		entityId = blankToNull(entityId);
		actor = blankToNull(actor);
		List<FieldViolation> violations = new ArrayList<>();
		if (entityType != null && !ENTITY_TYPES.contains(entityType)) {
			violations.add(FieldViolation.of("entity", "validation.one-of", String.join(", ", new TreeSet<>(ENTITY_TYPES))));
		}
		if (entityId != null && entityType == null) {
			violations.add(FieldViolation.of("entity", "validation.required"));
		}
		if (from != null && to != null && to.isBefore(from)) {
			violations.add(FieldViolation.of("to", "validation.audit.range"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	/** The whole history of one record. */
	public static AuditQuery historyOf(String entityType, String entityId) {
		return new AuditQuery(entityType, entityId, null, null, null);
	}

	/** Names exactly one record, so a refusal of scope is an answer about that record. */
	public boolean namesOneRecord() {
		return entityType != null && entityId != null;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
