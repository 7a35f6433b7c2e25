package id.canting.registry;

/** A semester report was sent to the provincial office for review. */
public record SemesterReportSubmitted(SemesterReportId id, IkmId ikmId, Semester semester, String provinceCode,
		String by) {
}
