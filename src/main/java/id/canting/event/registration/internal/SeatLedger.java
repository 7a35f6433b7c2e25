package id.canting.event.registration.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.canting.event.EventSessionId;

/**
 * The seat row of each session ({@code session_seats}): its capacity and the seats given. Every
 * change of a session's seats or waitlist first {@link #lock locks} the row, in the transaction of the
 * change, so on any number of nodes sharing the database those changes run one after the other: the
 * last seat goes to exactly one registrant and waitlist positions are never given twice.
 */
@Component
class SeatLedger {

	private final JdbcClient jdbc;

	SeatLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The row of a session, made with this capacity if it has none yet (by another node at the same moment: kept). */
	void ensure(EventSessionId session, int capacity) {
		jdbc.sql("insert into session_seats (session_id, capacity, confirmed) values (:id, :capacity, 0) "
				+ "on conflict do nothing")
			.param("id", session.value())
			.param("capacity", capacity)
			.update();
	}

	/** Locks the session's row until the transaction ends and reads it. */
	Seats lock(EventSessionId session, int capacityIfNew) {
		ensure(session, capacityIfNew);
		return jdbc.sql("select capacity, confirmed from session_seats where session_id = :id for update")
			.param("id", session.value())
			.query((rs, n) -> new Seats(rs.getInt("capacity"), rs.getInt("confirmed")))
			.single();
	}

	void addConfirmed(EventSessionId session, int delta) {
		jdbc.sql("update session_seats set confirmed = confirmed + :delta where session_id = :id")
			.param("delta", delta)
			.param("id", session.value())
			.update();
	}

	void setCapacity(EventSessionId session, int capacity) {
		jdbc.sql("update session_seats set capacity = :capacity where session_id = :id")
			.param("capacity", capacity)
			.param("id", session.value())
			.update();
	}

	/** A session's seats as locked: its capacity and how many are confirmed. */
	record Seats(int capacity, int confirmed) {
	}

	/** Registrations of the session that still hold a seat or a waitlist place. */
	long activeRegistrations(EventSessionId session) {
		return jdbc.sql("select count(*) from event_registration where session_id = :session and status <> 'CANCELLED'")
			.param("session", session.value())
			.query(Long.class)
			.single();
	}
}
