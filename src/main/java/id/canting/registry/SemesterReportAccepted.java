package id.canting.registry;

/** The provincial office accepted a semester report: its figures now count in the published figures. */
public record SemesterReportAccepted(SemesterReportId id, IkmId ikmId, Semester semester, String provinceCode,
		String by) {
}
