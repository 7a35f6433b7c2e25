package id.canting.certification.batikmark.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface CertificateRepository extends CrudRepository<Certificate, Long> {

	@Query("select * from certificate where number = :number")
	Optional<Certificate> findByNumber(String number);

	@Query("select id from certificate where status in ('ACTIVE', 'SUSPENDED') and valid_until < :today order by id")
	List<Long> findIdsDueToExpire(java.time.LocalDate today);
}
