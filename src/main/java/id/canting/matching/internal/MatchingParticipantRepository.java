package id.canting.matching.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

import id.canting.matching.ParticipantSide;
import id.canting.matching.ParticipantStatus;

/** The participants of events' business matching. */
public interface MatchingParticipantRepository extends ListCrudRepository<MatchingParticipant, Long> {

	List<MatchingParticipant> findByEventCodeOrderByCompanyName(String eventCode);

	List<MatchingParticipant> findByEventCodeAndSideOrderByCompanyName(String eventCode, ParticipantSide side);

	List<MatchingParticipant> findByEventCodeAndStatusOrderByCompanyName(String eventCode, ParticipantStatus status);

	List<MatchingParticipant> findByEventCodeAndSideAndStatusOrderByCompanyName(String eventCode,
			ParticipantSide side, ParticipantStatus status);

	Optional<MatchingParticipant> findByEventCodeAndIkmId(String eventCode, long ikmId);

	List<MatchingParticipant> findByEventCodeAndAccountUsername(String eventCode, String accountUsername);

	List<MatchingParticipant> findByAccountUsername(String accountUsername);
}
