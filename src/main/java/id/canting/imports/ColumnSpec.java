package id.canting.imports;

import java.util.Locale;

/** One column an import understands: the field it fills, its headers in both languages, whether it must be there. */
record ColumnSpec(String field, String headerId, String headerEn, boolean required) {

	String header(String language) {
		return "en".equals(language) ? headerEn : headerId;
	}

	/** Whether a header cell names this column, in either language or by field name, ignoring case and spacing. */
	boolean matches(String header) {
		String typed = normalise(header);
		return typed.equals(normalise(headerId)) || typed.equals(normalise(headerEn)) || typed.equals(normalise(field));
	}

	static String normalise(String header) {
		return header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
	}
}
