package id.canting.certification.batikmark.internal;

import id.canting.registry.Technique;

/**
 * Filters of the public register: status, technique, province and regency (codes) and free text
 * matched against the number, brand, IKM name and regency name. Any of them may be null.
 */
public record RegisterFilter(CertificateStatus status, Technique technique, String province, String regency, String q) {

	public static RegisterFilter of(CertificateStatus status, Technique technique, String province, String regency,
			String q) {
		return new RegisterFilter(status, technique, blankToNull(province), blankToNull(regency), blankToNull(q));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
