package id.canting.registry.internal;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

import id.canting.registry.Ikm;

public interface IkmRepository extends CrudRepository<Ikm, Long> {

	/** The id of the IKM holding this NIB; a plain query, as it runs on every registration. */
	@Query("select id from ikm where nib = :nib")
	Optional<Long> findIdByNib(String nib);
}
