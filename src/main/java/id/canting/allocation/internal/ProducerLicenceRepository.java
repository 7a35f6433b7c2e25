package id.canting.allocation.internal;

import org.springframework.data.repository.ListCrudRepository;

/** The producers' licences, one row per IKM (none: nothing recorded). */
public interface ProducerLicenceRepository extends ListCrudRepository<ProducerLicence, Long> {
}
