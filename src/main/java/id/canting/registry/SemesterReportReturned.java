package id.canting.registry;

/** The provincial office returned a semester report for correction, saying why. */
public record SemesterReportReturned(SemesterReportId id, IkmId ikmId, Semester semester, String provinceCode,
		String reason, String by) {
}
