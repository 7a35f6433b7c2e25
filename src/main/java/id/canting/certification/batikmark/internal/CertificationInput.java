package id.canting.certification.batikmark.internal;

import id.canting.registry.Technique;

/** What an applicant gives for a product line: the IKM, brand, trademark number, technique and product. */
public record CertificationInput(Long ikmId, String brand, String trademarkNumber, Technique technique,
		String productDescription) {
}
