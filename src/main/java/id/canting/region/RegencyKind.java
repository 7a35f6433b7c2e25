package id.canting.region;

/** Whether a second-level region is a regency (kabupaten, codes 01–69) or a city (kota, 71–99). */
public enum RegencyKind {
	KABUPATEN, KOTA;

	static RegencyKind ofCode(String regencyCode) {
		int number = Integer.parseInt(regencyCode.substring(regencyCode.indexOf('.') + 1));
		return number >= 71 ? KOTA : KABUPATEN;
	}
}
