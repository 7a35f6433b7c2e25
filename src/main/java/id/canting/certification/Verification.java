package id.canting.certification;

/**
 * The answer to a buyer checking a label: the certificate's public facts, and whether the code the
 * QR carried matched (so the label was printed from this certificate, not copied from a number).
 */
public record Verification(PublicCertificate certificate, CodeCheck code) {

	/** What the check of the verification code found. */
	public enum CodeCheck {
		/** No code was given: a number typed from a label. */
		NONE,
		/** The code matched: verified by QR. */
		MATCHED,
		/** A code was given but it is not this certificate's. */
		MISMATCH
	}

	public boolean verifiedByCode() {
		return code == CodeCheck.MATCHED;
	}
}
