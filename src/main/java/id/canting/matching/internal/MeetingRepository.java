package id.canting.matching.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

import id.canting.matching.MeetingStatus;

/** Meetings between buyers and sellers. */
public interface MeetingRepository extends ListCrudRepository<Meeting, Long> {

	List<Meeting> findByEventCode(String eventCode);

	List<Meeting> findByEventCodeAndStatus(String eventCode, MeetingStatus status);

	List<Meeting> findByBuyerIdOrderById(long buyerId);

	List<Meeting> findBySellerIdOrderById(long sellerId);

	List<Meeting> findBySlotId(long slotId);

	Optional<Meeting> findByRequestId(long requestId);

	long countByBuyerIdAndStatusIn(long buyerId, Collection<MeetingStatus> statuses);

	long countBySellerIdAndStatusIn(long sellerId, Collection<MeetingStatus> statuses);
}
