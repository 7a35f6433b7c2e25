package id.canting.matching;

/**
 * A meeting request's state: PENDING until the other side answers; ACCEPTED (it became a meeting) or
 * DECLINED by the other side; EXPIRED when nobody answered in the event's time so it blocks no one;
 * WITHDRAWN by the sender.
 */
public enum RequestStatus {
	PENDING, ACCEPTED, DECLINED, EXPIRED, WITHDRAWN;

	/** Whether the request still counts for its pair (no second request while it is open). */
	public boolean isOpen() {
		return this == PENDING || this == ACCEPTED;
	}
}
