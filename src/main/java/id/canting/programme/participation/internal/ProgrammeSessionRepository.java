package id.canting.programme.participation.internal;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface ProgrammeSessionRepository extends CrudRepository<ProgrammeSession, Long> {

	@Query("select * from programme_session where programme_id = :programmeId order by number")
	List<ProgrammeSession> findByProgramme(long programmeId);
}
