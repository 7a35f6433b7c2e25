package id.canting.matching.internal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** The business-matching sessions of events. */
public interface MatchingSessionRepository extends ListCrudRepository<MatchingSession, Long> {

	List<MatchingSession> findByEventCodeOrderByStartsAt(String eventCode);
}
