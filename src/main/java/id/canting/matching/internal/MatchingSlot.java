package id.canting.matching.internal;

import java.time.LocalDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One slot of a session, derived when the session is saved. Its own aggregate (not a child of the
 * session) because meetings and unavailability refer to it by id, which must survive saving the session.
 */
@Table("matching_slot")
public class MatchingSlot {

	private @Id Long id;
	private long sessionId;
	private int position;
	private LocalDateTime startsAt;
	private LocalDateTime endsAt;

	MatchingSlot() {
		// for Spring Data JDBC
	}

	public MatchingSlot(long sessionId, int position, LocalDateTime startsAt, LocalDateTime endsAt) {
		this.sessionId = sessionId;
		this.position = position;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
	}

	/** Moves the slot when its session's layout changed. */
	public void retime(LocalDateTime startsAt, LocalDateTime endsAt) {
		this.startsAt = startsAt;
		this.endsAt = endsAt;
	}

	public Long id() {
		return id;
	}

	public long sessionId() {
		return sessionId;
	}

	/** 0-based order within the session. */
	public int position() {
		return position;
	}

	public LocalDateTime startsAt() {
		return startsAt;
	}

	public LocalDateTime endsAt() {
		return endsAt;
	}
}
