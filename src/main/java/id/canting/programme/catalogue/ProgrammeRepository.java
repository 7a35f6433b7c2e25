package id.canting.programme.catalogue;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

public interface ProgrammeRepository extends CrudRepository<Programme, Long> {

	@Query("select id from programme where code = :code")
	Optional<Long> findIdByCode(String code);
}
