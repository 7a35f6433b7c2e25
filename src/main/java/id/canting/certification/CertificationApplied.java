package id.canting.certification;

/** An IKM applied for Batikmark certification of a product line. */
public record CertificationApplied(long applicationId, String provinceCode, long ikmId, String brand, String technique,
		String by) {
}
