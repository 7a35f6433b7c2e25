package id.canting.event.internal;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface EventSessionRepository extends CrudRepository<EventSession, Long> {

	@Query("select * from event_session where event_id = :eventId order by starts_at, id")
	List<EventSession> findByEventId(long eventId);
}
