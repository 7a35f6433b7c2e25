package id.canting.programme.impact.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface BeneficiaryIndicatorsRepository extends CrudRepository<BeneficiaryIndicators, Long> {

	@Query("select * from beneficiary_indicators where application_id = :applicationId")
	Optional<BeneficiaryIndicators> findByApplication(long applicationId);

	@Query("select * from beneficiary_indicators where programme_id = :programmeId")
	List<BeneficiaryIndicators> findByProgramme(long programmeId);
}
