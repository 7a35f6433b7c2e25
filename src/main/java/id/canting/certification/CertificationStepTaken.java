package id.canting.certification;

/**
 * An application moved one step in the certification body's workflow (file checked, sampled, billed,
 * paid, tested, issued or rejected), with what the step recorded.
 */
public record CertificationStepTaken(long applicationId, String provinceCode, CertificationStatus status,
		String detail, String by) {
}
