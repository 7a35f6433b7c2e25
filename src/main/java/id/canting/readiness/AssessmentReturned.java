package id.canting.readiness;

/** The officer returned a submitted assessment to the owner as a draft, with the reason. */
public record AssessmentReturned(long assessmentId, long ikmId, int year, String provinceCode, String reason, String by) {
}
