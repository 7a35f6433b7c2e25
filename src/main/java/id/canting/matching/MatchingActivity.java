package id.canting.matching;

/**
 * Something changed in an event's business matching, for the audit trail: {@code entityType} is
 * {@code matching_participant}, {@code matching_request}, {@code matching_meeting} or
 * {@code matching_settings}; {@code action} what happened (CREATED, APPROVED, REJECTED, UPDATED,
 * ACCEPTED, DECLINED, WITHDRAWN, EXPIRED, CANCELLED, BLOCKED, UNBLOCKED, …); {@code provinceCode} the
 * seller's province when a seller is concerned (so the province's officers read it), else null;
 * {@code detail} a short readable note.
 */
public record MatchingActivity(String entityType, String entityId, String eventCode, String provinceCode,
		String action, String detail, String by) {
}
