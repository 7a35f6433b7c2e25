package id.canting.allocation;

/**
 * Something changed in order allocation, for the audit trail: {@code entityType} is
 * {@code allocation_order}, {@code allocation_plan}, {@code allocation_lock},
 * {@code allocation_licence}, {@code allocation_capacity}, {@code allocation_progress} or
 * {@code allocation_delivery} (at most 20 characters: the audit's column); {@code eventCode} the order's reference
 * (or the IKM id for a licence); {@code action} what happened (CREATED, UPDATED, PLANNED, CONFIRMED,
 * LOCKED, UNLOCKED, REPORTED, CLOSED, …); {@code provinceCode} the IKM's province when one IKM is
 * concerned (so the province's officers read it), else null; {@code detail} a short readable note.
 */
public record AllocationActivity(String entityType, String entityId, String eventCode, String provinceCode,
		String action, String detail, String by) {
}
