package id.canting.registry;

/**
 * Which IKM a list shows; every part is optional. {@code q} searches name, owner name and NIB.
 * {@code sizeClass} and {@code ownerGender} let a statistics figure (IKM kecil, women-owned IKM) open
 * exactly the records it counts.
 */
public record IkmFilter(String province, String regency, Long sentra, Technique technique, ProductCategory category,
		Dye dye, IkmKind kind, RecordStatus status, String q, SizeClass sizeClass, Gender ownerGender,
		Verification verification) {

	/** A filter without the verification state (every IKM, checked or not). */
	public IkmFilter(String province, String regency, Long sentra, Technique technique, ProductCategory category,
			Dye dye, IkmKind kind, RecordStatus status, String q, SizeClass sizeClass, Gender ownerGender) {
		this(province, regency, sentra, technique, category, dye, kind, status, q, sizeClass, ownerGender, null);
	}

	/** A filter without size class and owner gender. */
	public IkmFilter(String province, String regency, Long sentra, Technique technique, ProductCategory category,
			Dye dye, IkmKind kind, RecordStatus status, String q) {
		this(province, regency, sentra, technique, category, dye, kind, status, q, null, null, null);
	}
}
