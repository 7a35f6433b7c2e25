package id.canting.registry.internal;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

import id.canting.registry.Sentra;

public interface SentraRepository extends CrudRepository<Sentra, Long> {

	@Query("select id from sentra where code = :code")
	Optional<Long> findIdByCode(String code);
}
