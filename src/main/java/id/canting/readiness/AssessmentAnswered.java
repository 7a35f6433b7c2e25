package id.canting.readiness;

/** The draft's answers were saved (some may still be open). */
public record AssessmentAnswered(long assessmentId, long ikmId, int year, String provinceCode, int answered, String by) {
}
