package id.canting.matching.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import id.canting.matching.RequestStatus;

/** Meeting requests between participants. */
public interface MeetingRequestRepository extends ListCrudRepository<MeetingRequest, Long> {

	List<MeetingRequest> findByEventCodeOrderByCreatedAtDesc(String eventCode);

	List<MeetingRequest> findByFromIdOrderByCreatedAtDesc(long fromId);

	List<MeetingRequest> findByToIdOrderByCreatedAtDesc(long toId);

	Optional<MeetingRequest> findByOpenPair(String openPair);

	long countByFromIdAndStatusIn(long fromId, Collection<RequestStatus> statuses);

	/** PENDING requests whose time ran out, for the expiry job (a page at a time). */
	@Query("select * from matching_request where status = 'PENDING' and expires_at <= :now order by id limit :limit")
	List<MeetingRequest> findDue(Instant now, int limit);
}
