package id.canting.matching.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The slots each participant marked unavailable (a plain pair table, so plain SQL rather than an
 * aggregate).
 */
@Repository
public class Unavailabilities {

	private final JdbcClient jdbc;

	Unavailabilities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The slot ids one participant cannot meet in. */
	public Set<Long> slotsOf(long participantId) {
		return new HashSet<>(jdbc.sql("select slot_id from matching_unavailability where participant_id = ?")
			.param(participantId)
			.query(Long.class)
			.list());
	}

	/** For each participant of the event, the slot ids they cannot meet in. */
	public Map<Long, Set<Long>> ofEvent(String eventCode) {
		Map<Long, Set<Long>> byParticipant = new HashMap<>();
		jdbc.sql("""
				select u.participant_id, u.slot_id from matching_unavailability u
				join matching_participant p on p.id = u.participant_id where p.event_code = ?""")
			.param(eventCode)
			.query((rs, n) -> byParticipant.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2)))
			.list();
		return byParticipant;
	}

	/** Replaces one participant's unavailable slots. */
	public void replace(long participantId, Collection<Long> slotIds) {
		jdbc.sql("delete from matching_unavailability where participant_id = ?").param(participantId).update();
		for (Long slot : Set.copyOf(slotIds)) {
			jdbc.sql("insert into matching_unavailability (participant_id, slot_id) values (?, ?)")
				.params(participantId, slot)
				.update();
		}
	}

	/** Forgets a slot (when a session's slots are derived again with fewer slots). */
	public void forgetSlot(long slotId) {
		jdbc.sql("delete from matching_unavailability where slot_id = ?").param(slotId).update();
	}
}
