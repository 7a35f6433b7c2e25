package id.canting.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import id.canting.imports.internal.Labels;
import id.canting.imports.internal.TemplateColumn;
import id.canting.imports.internal.TemplateColumn.Shape;

/**
 * The columns of a kind as its template explains them, in one language: the rule and example of a
 * column come from the messages {@code import.column.<field>.rule} and {@code .example}, or
 * {@code import.column.<kind>.<field>.…} where the field means something else in that kind (the
 * Canting ID of a report names the reporting IKM, not the row's own record); the labels of a coded
 * column are the ones the pages show.
 */
final class TemplateColumns {

	private TemplateColumns() {
	}

	static List<TemplateColumn> of(ImportKind kind, List<ColumnSpec> columns, String language, MessageSource messages,
			Labels labels) {
		Locale locale = Locale.forLanguageTag(language);
		return columns.stream()
			.map(c -> new TemplateColumn(c.header(language), c.required(), shape(c.value()), labels(c, language, labels),
					text(kind, c.field(), "rule", locale, messages), text(kind, c.field(), "example", locale, messages)))
			.toList();
	}

	private static Shape shape(ColumnSpec.Value value) {
		return switch (value) {
			case TEXT -> Shape.TEXT;
			// a month (2024-07) or semester (2024-S1) typed into a number cell becomes a date or worse
			case IDENTIFIER, NIB, PHONE, HS_CODE, MONTH, SEMESTER -> Shape.IDENTIFIER;
			case NUMBER, WHOLE, YEAR -> Shape.NUMBER;
			case CODE -> Shape.CODE;
			case CODES -> Shape.CODES;
			case REGENCY -> Shape.REGENCY;
		};
	}

	/**
	 * The labels of the column's codes in enum order, from the same {@link Labels} that reads them back
	 * on import; none for an uncoded column (regencies are added later).
	 */
	private static List<String> labels(ColumnSpec column, String language, Labels labels) {
		if (column.codes() == null) {
			return List.of();
		}
		return Arrays.stream(column.codes().getEnumConstants())
			.map(code -> labels.label(column.labelPrefix(), code.name(), language))
			.toList();
	}

	private static String text(ImportKind kind, String field, String part, Locale locale, MessageSource messages) {
		String specific = messages.getMessage(
				"import.column." + kind.name().toLowerCase(Locale.ROOT) + "." + field + "." + part, null, null, locale);
		return specific != null ? specific
				: messages.getMessage("import.column." + field + "." + part, null, "", locale);
	}
}
