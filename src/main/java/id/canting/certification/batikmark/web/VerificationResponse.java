package id.canting.certification.batikmark.web;

import java.time.LocalDate;

import id.canting.certification.batikmark.internal.PublicCertificate;
import id.canting.certification.batikmark.internal.Verification;

/**
 * A certificate as the public API shows it: what a buyer needs and nothing personal. {@code verdict}
 * is what a buyer may conclude about the label: {@code VALID}, {@code NOT_VALID} (suspended, revoked
 * or expired) or {@code UNCONFIRMED} (the QR's code is not this certificate's: the label may be a
 * copy); {@code valid} is true only for {@code VALID}. {@code status} stays the certificate's own
 * status. With a code, {@code verifiedByCode} says whether it matched and {@code codeMismatch} whether
 * it did not.
 */
record VerificationResponse(String number, String verdict, String status, boolean valid, String technique,
		String labelColour, String brand, String ikmName, String regency, String regencyCode, String province,
		LocalDate issuedOn, LocalDate validUntil, LocalDate statusChangedOn, boolean verifiedByCode,
		boolean codeMismatch) {

	static VerificationResponse of(Verification v) {
		PublicCertificate c = v.certificate();
		Verification.Verdict verdict = v.verdict();
		return new VerificationResponse(c.number(), verdict.name(), c.status().name(),
				verdict == Verification.Verdict.VALID, c.technique().name(), c.labelColour().name(), c.brand(),
				c.ikmName(), c.regencyName(), c.regencyCode(), c.provinceName(), c.issuedOn(), c.validUntil(),
				c.statusChangedOn(), v.verifiedByCode(), v.code() == Verification.CodeCheck.MISMATCH);
	}
}
