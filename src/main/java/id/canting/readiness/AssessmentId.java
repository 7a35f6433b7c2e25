package id.canting.readiness;

/** Identifies a readiness assessment (one IKM, one year). */
public record AssessmentId(long value) {
}
