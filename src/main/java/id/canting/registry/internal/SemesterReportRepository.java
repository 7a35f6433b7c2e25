package id.canting.registry.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

import id.canting.registry.reports.SemesterReport;

public interface SemesterReportRepository extends CrudRepository<SemesterReport, Long> {

	Optional<SemesterReport> findByIkmIdAndSemester(Long ikmId, String semester);

	List<SemesterReport> findByIkmIdOrderBySemesterDesc(Long ikmId);
}
