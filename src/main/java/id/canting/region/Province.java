package id.canting.region;

/**
 * A province, identified by its two-digit Kemendagri code (e.g. {@code 33} for Jawa Tengah), with its
 * name as publications write it ({@link RegionNames}).
 */
public record Province(String code, String name) {

	/** The name as publications write it; the same as {@link #name()}, which {@link Regions} already writes so. */
	public String displayName() {
		return displayName(name);
	}

	/** A name of the official list (in capitals) as publications write it: 'Jawa Tengah', 'DKI Jakarta'. */
	public static String displayName(String officialName) {
		return RegionNames.publicationCase(officialName);
	}
}
