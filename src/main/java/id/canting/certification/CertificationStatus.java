package id.canting.certification;

/**
 * Where a Batikmark application stands: RECEIVED, FILE_CHECKED (documents complete), SAMPLED,
 * BILLED (PNBP fee), PAID, TESTED (lab results recorded), and the decision ISSUED or REJECTED.
 */
public enum CertificationStatus {
	RECEIVED, FILE_CHECKED, SAMPLED, BILLED, PAID, TESTED, ISSUED, REJECTED;

	/** Whether the decision is taken (nothing follows). */
	public boolean isDecided() {
		return this == ISSUED || this == REJECTED;
	}
}
