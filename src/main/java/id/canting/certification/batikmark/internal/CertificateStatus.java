package id.canting.certification.batikmark.internal;

/**
 * Whether a certificate may be relied on: ACTIVE; SUSPENDED (e.g. a missed surveillance, may be
 * reinstated); REVOKED (withdrawn for good, with a reason); EXPIRED (its validity passed, set by the
 * expiry job).
 */
public enum CertificateStatus {
	ACTIVE, SUSPENDED, REVOKED, EXPIRED;

	/** Whether a buyer may trust a label with this certificate's number. */
	public boolean isValid() {
		return this == ACTIVE;
	}
}
