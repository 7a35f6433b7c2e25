package id.canting.registry;

/**
 * The columns of a sentra spreadsheet, in order, shared by the import template, the export and the
 * import (headers in Bahasa Indonesia or English).
 */
public enum SentraColumn {

	CODE("code", "Kode sentra", "Sentra code"),
	NAME("name", "Nama sentra", "Sentra name"),
	REGENCY("regencyCode", "Kabupaten/kota", "Regency/city"),
	ADDRESS("address", "Alamat", "Address"),
	YEAR_ESTABLISHED("yearEstablished", "Tahun berdiri", "Year established"),
	REVITALISATION("revitalisation", "Revitalisasi", "Revitalisation"),
	REVITALISATION_YEAR("revitalisationYear", "Tahun revitalisasi", "Revitalisation year"),
	NOTES("notes", "Catatan", "Notes");

	private final String field;
	private final String headerId;
	private final String headerEn;

	SentraColumn(String field, String headerId, String headerEn) {
		this.field = field;
		this.headerId = headerId;
		this.headerEn = headerEn;
	}

	public String field() {
		return field;
	}

	public String header(String language) {
		return "en".equals(language) ? headerEn : headerId;
	}
}
