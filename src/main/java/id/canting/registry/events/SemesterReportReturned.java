package id.canting.registry.events;


import id.canting.registry.IkmId;
import id.canting.registry.reports.Semester;
import id.canting.registry.reports.SemesterReportId;
/** The provincial office returned a semester report for correction, saying why. */
public record SemesterReportReturned(SemesterReportId id, IkmId ikmId, Semester semester, String provinceCode,
		String reason, String by) {
}
