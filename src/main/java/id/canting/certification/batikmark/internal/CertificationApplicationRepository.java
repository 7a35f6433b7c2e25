package id.canting.certification.batikmark.internal;

import org.springframework.data.repository.CrudRepository;

interface CertificationApplicationRepository extends CrudRepository<CertificationApplication, Long> {
}
