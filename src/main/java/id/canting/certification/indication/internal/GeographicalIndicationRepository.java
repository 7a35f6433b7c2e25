package id.canting.certification.indication.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

import id.canting.certification.indication.GeographicalIndication;

public interface GeographicalIndicationRepository extends CrudRepository<GeographicalIndication, Long> {

	Optional<GeographicalIndication> findBySlug(String slug);

	@Query("select * from geographical_indication order by name")
	List<GeographicalIndication> findAllByName();

	@Query("select count(*) > 0 from geographical_indication where (name = :name or slug = :slug) and id <> :id")
	boolean existsOtherNamed(String name, String slug, long id);
}
