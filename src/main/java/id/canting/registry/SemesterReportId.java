package id.canting.registry;

/** The identity of a semester report. */
public record SemesterReportId(long value) {
}
