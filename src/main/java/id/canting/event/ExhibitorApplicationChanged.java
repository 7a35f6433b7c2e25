package id.canting.event;

/**
 * An exhibitor application changed: {@code action} is what happened (CREATED, UPDATED, SUBMITTED,
 * ENDORSED, DECLINED, SCORED, PHOTO_ADDED, SELECTED, NOT_SELECTED, BOOTH_ASSIGNED), {@code detail} a
 * short readable note (a decline's reason, a score, a booth). The owner's IKM and its province say
 * who may read the trail; a status change is what an owner is told about. Published by the nested
 * module {@code event.exhibitor}; declared here so that other modules (audit, notifications) may listen.
 */
public record ExhibitorApplicationChanged(long applicationId, String eventCode, long ikmId, String provinceCode,
		String action, String detail, String by) {
}
