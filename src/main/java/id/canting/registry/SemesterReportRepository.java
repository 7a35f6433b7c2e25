package id.canting.registry;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface SemesterReportRepository extends CrudRepository<SemesterReport, Long> {

	Optional<SemesterReport> findByIkmIdAndSemester(Long ikmId, String semester);

	List<SemesterReport> findByIkmIdOrderBySemesterDesc(Long ikmId);
}
