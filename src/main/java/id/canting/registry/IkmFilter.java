package id.canting.registry;

/**
 * Which IKM a list shows; every part is optional. {@code q} searches name, owner name and NIB.
 */
public record IkmFilter(String province, String regency, Long sentra, Technique technique, ProductCategory category,
		IkmKind kind, RecordStatus status, String q) {

	public static IkmFilter none() {
		return new IkmFilter(null, null, null, null, null, null, null, null);
	}
}
