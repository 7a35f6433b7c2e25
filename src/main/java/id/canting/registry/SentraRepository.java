package id.canting.registry;

import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface SentraRepository extends CrudRepository<Sentra, Long> {

	Optional<Sentra> findByCode(String code);
}
