package id.canting.certification.batikmark.web;

import java.time.LocalDate;

import id.canting.certification.batikmark.internal.PublicCertificate;

/** One certificate of the public register (public fields only). */
record RegisterEntry(String number, String status, String technique, String labelColour, String brand, String ikmName,
		String regency, String regencyCode, String province, LocalDate issuedOn, LocalDate validUntil,
		LocalDate statusChangedOn) {

	static RegisterEntry of(PublicCertificate c) {
		return new RegisterEntry(c.number(), c.status().name(), c.technique().name(), c.labelColour().name(), c.brand(),
				c.ikmName(), c.regencyName(), c.regencyCode(), c.provinceName(), c.issuedOn(), c.validUntil(),
				c.statusChangedOn());
	}
}
