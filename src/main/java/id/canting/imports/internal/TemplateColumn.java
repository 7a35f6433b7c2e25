package id.canting.imports.internal;

import java.util.List;

/**
 * One column of an import template as the official sees it, in the template's language: its header,
 * whether it must be filled, what it holds, the labels its codes may be typed as, its rule and an
 * example value.
 */
public record TemplateColumn(String header, boolean required, Shape shape, List<String> labels, String rule,
		String example) {

	/** What the template does for a column: text format, a drop-down list, or a plain number cell. */
	public enum Shape {
		/** Free text: formatted as text, so a spreadsheet never turns it into a date or a number. */
		TEXT,
		/** A NIB, phone, code, month or semester: formatted as text, so leading zeros stay. */
		IDENTIFIER,
		/** A number or year: a number cell. */
		NUMBER,
		/** One of {@link #labels}: a drop-down that refuses anything else. */
		CODE,
		/** Some of {@link #labels}, separated by commas: a drop-down that still lets a typed list through. */
		CODES,
		/** A regency: a drop-down of every regency, which still lets a typed code or name through. */
		REGENCY
	}

	public TemplateColumn {
		labels = List.copyOf(labels);
	}

	boolean hasList() {
		return shape == Shape.CODE || shape == Shape.CODES || shape == Shape.REGENCY;
	}
}
