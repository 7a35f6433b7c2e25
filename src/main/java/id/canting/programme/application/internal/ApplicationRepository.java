package id.canting.programme.application.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

import id.canting.programme.application.Application;

public interface ApplicationRepository extends CrudRepository<Application, Long> {

	@Query("select id from programme_application where programme_id = :programmeId and ikm_id = :ikmId")
	Optional<Long> findIdByIkm(long programmeId, long ikmId);

	@Query("select * from programme_application where programme_id = :programmeId and ikm_id in (:ikmIds) order by id")
	List<Application> findByProgrammeAndIkms(long programmeId, Collection<Long> ikmIds);

	@Query("select id from programme_application where programme_id = :programmeId and sentra_id = :sentraId")
	Optional<Long> findIdBySentra(long programmeId, long sentraId);
}
