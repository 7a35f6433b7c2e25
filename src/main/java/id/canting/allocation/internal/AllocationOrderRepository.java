package id.canting.allocation.internal;

import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/**
 * The orders. Use {@code save} only to create an order; a transition is saved with
 * {@link #saveStatus(AllocationOrder)} (see {@link AllocationOrder} why).
 */
public interface AllocationOrderRepository extends ListCrudRepository<AllocationOrder, Long> {

	Optional<AllocationOrder> findByReference(String reference);

	@Modifying
	@Query("update allocation_order set status = :status, version = version + 1 where id = :id and version = :version")
	int updateStatus(@Param("id") long id, @Param("status") String status, @Param("version") int version);

	/**
	 * Writes the order's (new) status alone, checking its version; the delivery points and preferred
	 * provinces are left as they are.
	 *
	 * @throws OptimisticLockingFailureException when someone else changed the order meanwhile
	 */
	default void saveStatus(AllocationOrder order) {
		if (updateStatus(order.id(), order.status().name(), order.version()) != 1) {
			throw new OptimisticLockingFailureException("allocation order " + order.reference() + " changed meanwhile");
		}
	}
}
