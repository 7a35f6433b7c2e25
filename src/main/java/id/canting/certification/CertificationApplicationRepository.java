package id.canting.certification;

import org.springframework.data.repository.CrudRepository;

interface CertificationApplicationRepository extends CrudRepository<CertificationApplication, Long> {
}
