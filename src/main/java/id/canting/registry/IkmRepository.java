package id.canting.registry;

import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface IkmRepository extends CrudRepository<Ikm, Long> {

	Optional<Ikm> findByNib(String nib);
}
