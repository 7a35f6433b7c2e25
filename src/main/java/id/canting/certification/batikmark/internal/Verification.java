package id.canting.certification.batikmark.internal;

/**
 * The answer to a buyer checking a label: the certificate's public facts, whether the code the QR
 * carried matched (so the label was printed from this certificate, not copied from a number), and
 * the {@link Verdict} that sums both up.
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

	/** What a buyer may conclude about the label in their hand. */
	public enum Verdict {
		/** The certificate is valid (and, when the QR carried a code, it was this certificate's). */
		VALID,
		/** The certificate is suspended, revoked or expired: the label is not to be relied on. */
		NOT_VALID,
		/**
		 * The QR carried a code that is not this certificate's: the label cannot be confirmed and may be
		 * a copy, whatever the status of the certificate whose number it shows.
		 */
		UNCONFIRMED
	}

	public boolean verifiedByCode() {
		return code == CodeCheck.MATCHED;
	}

	/** A mismatched code outweighs the status: a copied label borrows a real certificate's number. */
	public Verdict verdict() {
		if (code == CodeCheck.MISMATCH) {
			return Verdict.UNCONFIRMED;
		}
		return certificate.valid() ? Verdict.VALID : Verdict.NOT_VALID;
	}
}
