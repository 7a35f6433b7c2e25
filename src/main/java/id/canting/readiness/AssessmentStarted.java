package id.canting.readiness;

/** An IKM's readiness assessment for a year was started (a draft). */
public record AssessmentStarted(long assessmentId, long ikmId, int year, String provinceCode, String by) {
}
