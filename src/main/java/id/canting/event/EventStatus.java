package id.canting.event;

/**
 * Where an event stands. A DRAFT is prepared by the organisers and seen only by them;
 * OPEN_FOR_EXHIBITORS takes exhibitor applications (still not public); PUBLISHED is on the public
 * pages and takes registrations; RUNNING is under way (public, registrations for sessions not yet
 * started); CLOSED is over (public, as a record). The guarded steps between them are in the
 * internal {@code EventTransitions}.
 */
public enum EventStatus {
	DRAFT, OPEN_FOR_EXHIBITORS, PUBLISHED, RUNNING, CLOSED;

	/** Whether the public pages and the anonymous API show an event in this status. */
	public boolean isPublic() {
		return this == PUBLISHED || this == RUNNING || this == CLOSED;
	}

	/** Whether sessions of an event in this status take registrations (when not yet started). */
	public boolean takesRegistrations() {
		return this == PUBLISHED || this == RUNNING;
	}
}
