package id.canting.programme;

/** The ministry refused the application, with its reason. */
public record ApplicationRejected(long applicationId, long programmeId, String provinceCode, String reason, String by) {
}
