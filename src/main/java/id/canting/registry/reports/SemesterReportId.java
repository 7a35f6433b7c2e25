package id.canting.registry.reports;

/** The identity of a semester report. */
public record SemesterReportId(long value) {
}
