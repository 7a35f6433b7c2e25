package id.canting.imports;

import java.util.Locale;

/**
 * One column an import understands: the field it fills, its headers in both languages, whether it
 * must be there, and what kind of value it holds — which decides how a cell is read (a number from
 * the cell's type or in the column's notation, a code from its label, a NIB or phone kept as text),
 * and how the template formats and explains the column.
 */
record ColumnSpec(String field, String headerId, String headerEn, boolean required, Value value, String labelPrefix,
		Class<? extends Enum<?>> codes) {

	/** What a column holds. */
	enum Value {
		/** Free text (names, addresses, notes). */
		TEXT,
		/** A code kept as text so spreadsheet tools keep its leading zeros (a sentra code). */
		IDENTIFIER,
		/** A NIB: 13 digits, its leading zero put back when a spreadsheet made it a number. */
		NIB,
		/** An Indonesian phone number, its leading 0 (or the + of +62) put back when a spreadsheet dropped it. */
		PHONE,
		/** An HS code, its zeros put back when a spreadsheet made it a number. */
		HS_CODE,
		/** A decimal number (money in USD, weights). */
		NUMBER,
		/** A whole number (workers, rupiah, machines, Canting ids). */
		WHOLE,
		YEAR,
		MONTH,
		SEMESTER,
		/** One code of {@link #codes}, typed as the code or its label in either language. */
		CODE,
		/** A list of codes of {@link #codes}, separated by commas. */
		CODES,
		/** A regency: its Kemendagri code, its name, or both ({@code 33.26 Kabupaten Pekalongan}). */
		REGENCY
	}

	ColumnSpec(String field, String headerId, String headerEn, boolean required, Value value) {
		this(field, headerId, headerEn, required, value, null, null);
	}

	/** A coded column whose labels are the messages {@code labelPrefix + CODE}, e.g. {@code gender.FEMALE}. */
	static ColumnSpec coded(String field, String headerId, String headerEn, boolean required, Value value,
			String labelPrefix, Class<? extends Enum<?>> codes) {
		return new ColumnSpec(field, headerId, headerEn, required, value, labelPrefix, codes);
	}

	String header(String language) {
		return "en".equals(language) ? headerEn : headerId;
	}

	/** Whether a header cell names this column, in either language or by field name, ignoring case and spacing. */
	boolean matches(String header) {
		String typed = normalise(header);
		return typed.equals(normalise(headerId)) || typed.equals(normalise(headerEn)) || typed.equals(normalise(field));
	}

	boolean isNumeric() {
		return value == Value.NUMBER || value == Value.WHOLE;
	}

	static String normalise(String header) {
		return header == null ? ""
				: header.replace('\u00A0', ' ').strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
	}
}
