package id.canting.certification.batikmark.internal;

import java.time.LocalDate;

import id.canting.registry.Technique;

/**
 * What anyone may know of a certificate: its number, status and what it certifies (brand, technique
 * and so the label colour, the IKM's business name and place). Never the owner, their contacts or the
 * verification code.
 */
public record PublicCertificate(String number, CertificateStatus status, Technique technique, LabelColour labelColour,
		String brand, String ikmName, String regencyCode, String regencyName, String provinceName, LocalDate issuedOn,
		LocalDate validUntil, LocalDate statusChangedOn) {

	/** Whether a buyer may rely on a label with this number today. */
	public boolean valid() {
		return status.isValid();
	}
}
