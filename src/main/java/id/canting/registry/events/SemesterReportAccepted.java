package id.canting.registry.events;


import id.canting.registry.IkmId;
import id.canting.registry.reports.Semester;
import id.canting.registry.reports.SemesterReportId;
/** The provincial office accepted a semester report: its figures now count in the published figures. */
public record SemesterReportAccepted(SemesterReportId id, IkmId ikmId, Semester semester, String provinceCode,
		String by) {
}
