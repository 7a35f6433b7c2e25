package id.canting.event.exhibitor.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ExhibitorApplicationRepository extends ListCrudRepository<ExhibitorApplication, Long> {

	List<ExhibitorApplication> findByEventCodeOrderByIkmName(String eventCode);

	Optional<ExhibitorApplication> findByEventCodeAndIkmId(String eventCode, long ikmId);

	Optional<ExhibitorApplication> findByEventCodeAndBooth(String eventCode, String booth);
}
