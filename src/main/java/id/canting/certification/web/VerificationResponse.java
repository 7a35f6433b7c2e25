package id.canting.certification.web;

import java.time.LocalDate;

import id.canting.certification.PublicCertificate;
import id.canting.certification.Verification;

/**
 * A certificate as the public API shows it: what a buyer needs and nothing personal. With a code,
 * {@code verifiedByCode} says whether it matched and {@code codeMismatch} whether it did not.
 */
record VerificationResponse(String number, String status, boolean valid, String technique, String labelColour,
		String brand, String ikmName, String regency, String regencyCode, String province, LocalDate issuedOn,
		LocalDate validUntil, LocalDate statusChangedOn, boolean verifiedByCode, boolean codeMismatch) {

	static VerificationResponse of(Verification v) {
		PublicCertificate c = v.certificate();
		return new VerificationResponse(c.number(), c.status().name(), c.valid(), c.technique().name(),
				c.labelColour().name(), c.brand(), c.ikmName(), c.regencyName(), c.regencyCode(), c.provinceName(),
				c.issuedOn(), c.validUntil(), c.statusChangedOn(), v.verifiedByCode(),
				v.code() == Verification.CodeCheck.MISMATCH);
	}
}
