package id.canting.registry.events;


import id.canting.registry.IkmId;
import id.canting.registry.reports.Semester;
import id.canting.registry.reports.SemesterReportId;
/** A semester report was sent to the provincial office for review. */
public record SemesterReportSubmitted(SemesterReportId id, IkmId ikmId, Semester semester, String provinceCode,
		String by) {
}
