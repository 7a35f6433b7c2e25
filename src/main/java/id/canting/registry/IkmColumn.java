package id.canting.registry;

import java.util.EnumSet;
import java.util.Set;

import id.canting.registry.internal.RegistryExports;

/**
 * The columns of an IKM spreadsheet, in order: the import template, the export and the import all
 * use exactly these, so an exported file imports back unchanged. Headers exist in Bahasa Indonesia
 * and English; either is accepted on import. {@link RegistryExports} hands on codes (lists joined
 * with commas, e.g. {@code TULIS, CAP}); the downloaded file shows the labels of its language
 * ({@code Tulis, Cap}) and the regency as code and name ({@code 33.26 Kabupaten Pekalongan}); the
 * sentra is written by its code.
 */
public enum IkmColumn {

	/** Canting's own id: empty for a new IKM; lets an exported IKM without NIB be matched on re-import. */
	ID("id", "ID Canting", "Canting ID"),
	NIB("nib", "NIB", "NIB"),
	NAME("name", "Nama IKM", "IKM name"),
	OWNER_NAME("ownerName", "Nama pemilik", "Owner name"),
	OWNER_GENDER("ownerGender", "Jenis kelamin pemilik", "Owner gender"),
	ADDRESS("address", "Alamat", "Address"),
	REGENCY("regencyCode", "Kabupaten/kota", "Regency/city"),
	SENTRA("sentraCode", "Kode sentra", "Sentra code"),
	KIND("kind", "Jenis unit", "Kind of unit"),
	TECHNIQUES("techniques", "Teknik", "Techniques"),
	CATEGORIES("categories", "Kategori produk", "Product categories"),
	DYES("dyes", "Pewarna", "Dyes"),
	WORKERS_MALE("workersMale", "Tenaga kerja laki-laki", "Male workers"),
	WORKERS_FEMALE("workersFemale", "Tenaga kerja perempuan", "Female workers"),
	CAPACITY("capacityPerMonth", "Kapasitas per bulan", "Capacity per month"),
	INVESTMENT("investmentIdr", "Investasi (Rp)", "Investment (IDR)"),
	YEAR_FOUNDED("yearFounded", "Tahun berdiri", "Year founded"),
	PHONE("phone", "Telepon", "Phone"),
	EMAIL("email", "Email", "Email");

	/** Owner's personal data (UU 27/2022): only for those who may read the IKM's personal fields. */
	public static final Set<IkmColumn> PERSONAL = EnumSet.of(NIB, OWNER_NAME, PHONE, EMAIL);

	private final String field;
	private final String headerId;
	private final String headerEn;

	IkmColumn(String field, String headerId, String headerEn) {
		this.field = field;
		this.headerId = headerId;
		this.headerEn = headerEn;
	}

	/** The field name errors and the API use, e.g. {@code workersMale}. */
	public String field() {
		return field;
	}

	/** The header in the given language: {@code id} or {@code en}. */
	public String header(String language) {
		return "en".equals(language) ? headerEn : headerId;
	}
}
