package id.canting.matching.internal;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Slots of business-matching sessions. */
public interface MatchingSlotRepository extends ListCrudRepository<MatchingSlot, Long> {

	List<MatchingSlot> findBySessionIdOrderByPosition(long sessionId);

	/** All slots of an event's sessions, in time order. */
	@Query("""
			select sl.* from matching_slot sl join matching_session se on se.id = sl.session_id
			where se.event_code = :eventCode order by sl.starts_at, sl.id""")
	List<MatchingSlot> findByEventCode(String eventCode);
}
