package id.canting.registry;

/**
 * Which IKM a list shows; every part is optional. {@code q} searches name, owner name and NIB.
 */
public record IkmFilter(String province, String regency, Long sentra, Technique technique, ProductCategory category,
		Dye dye, IkmKind kind, RecordStatus status, String q) {
}
