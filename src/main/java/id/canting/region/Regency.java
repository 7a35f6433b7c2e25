package id.canting.region;

/**
 * A regency (kabupaten) or city (kota), identified by its Kemendagri code {@code PP.RR}
 * (e.g. {@code 33.75} for Kota Pekalongan); the first two digits are its province.
 */
public record Regency(String code, String provinceCode, String name, RegencyKind kind) {

	/**
	 * How spreadsheets name a regency in one cell, code first so it sorts and reads back without
	 * doubt: the code, one space, the name, e.g. {@code 33.26 Kabupaten Pekalongan}. Exports
	 * write it, the import template offers it, the import reads it.
	 */
	public String codeAndName() {
		return code + " " + name;
	}

	/** The province part of a regency code, e.g. {@code 33} for {@code 33.75}. */
	public static String provinceOf(String regencyCode) {
		return regencyCode.substring(0, 2);
	}
}
