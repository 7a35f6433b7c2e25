package id.canting.readiness;

/** A photo or document was added as evidence for one question of an assessment. */
public record EvidenceAdded(long assessmentId, long evidenceId, long ikmId, String provinceCode, String questionCode,
		String fileName, String by) {
}
