package id.canting.event;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Reading events and their sessions, for other modules (registration, exhibitors, curation) and the
 * pages. These methods do not check who asks: they return drafts too. Callers that serve the public
 * use {@link #isPublic(EventCode)} (PUBLISHED, RUNNING, CLOSED) and
 * {@link #takesRegistrations(EventSessionId)} (PUBLISHED or RUNNING and the session not started).
 */
public interface Events {

	/** The event with this code, in any status. */
	Optional<EventView> find(EventCode code);

	/** Events in these statuses (all when empty), latest start first. */
	List<EventView> list(EventStatus... statuses);

	/** The sessions of an event in the order they are held (empty for an unknown event). */
	List<SessionView> sessions(EventCode code);

	/** One session, in any event. */
	Optional<SessionView> session(EventSessionId id);

	/** Whether the event exists and the public may see it (PUBLISHED, RUNNING or CLOSED). */
	boolean isPublic(EventCode code);

	/**
	 * Whether the session takes registrations now: its event is PUBLISHED or RUNNING and the session
	 * has not started (Asia/Jakarta local time of the application's clock).
	 */
	boolean takesRegistrations(EventSessionId id);

	/** Now, as a local time in Asia/Jakarta, by the application's clock (what session times are compared with). */
	LocalDateTime now();
}
