package id.canting.event.internal;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface EventRepository extends CrudRepository<Event, Long> {

	@Query("select * from event where code = :code")
	Optional<Event> findByCode(String code);
}
