package id.canting.registry.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

public interface IkmChangeRepository extends CrudRepository<IkmChange, Long> {

	/** The IKM's open change; at most one, as proposing replaces it under the IKM's row lock. */
	Optional<IkmChange> findFirstByIkmIdAndStatus(Long ikmId, IkmChangeStatus status);

	/** The IKM's changes, latest first: its review history. */
	List<IkmChange> findByIkmIdOrderByIdDesc(Long ikmId);
}
