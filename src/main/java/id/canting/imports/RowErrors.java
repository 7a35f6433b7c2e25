package id.canting.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.canting.imports.internal.CellValues;
import id.canting.shared.FieldViolation;

/**
 * The errors of one row, each placed in its column (by header, in the uploader's language) with the
 * value found. Numbers that cannot be read are errors here; the registry's rules then skip those
 * fields, so each cell gets one clear message.
 */
final class RowErrors {

	private final int rowNumber;
	private final Map<String, String> cells;
	private final List<ColumnSpec> columns;
	private final String language;
	private final List<ImportError> errors = new ArrayList<>();

	RowErrors(int rowNumber, Map<String, String> cells, List<ColumnSpec> columns, String language) {
		this.rowNumber = rowNumber;
		this.cells = cells;
		this.columns = columns;
		this.language = language;
	}

	Integer integer(String field) {
		Long value = whole(field);
		if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
			add(field, "validation.max", String.valueOf(Integer.MAX_VALUE));
			return null;
		}
		return value == null ? null : value.intValue();
	}

	Long whole(String field) {
		try {
			return CellValues.whole(cells.get(field));
		}
		catch (NumberFormatException e) {
			add(field, "import.cell.number");
			return null;
		}
	}

	/** A decimal in either notation ({@code 1.234,5} or {@code 1234.5}); an unreadable one is an error. */
	BigDecimal decimal(String field) {
		try {
			return CellValues.number(cells.get(field));
		}
		catch (NumberFormatException e) {
			add(field, "import.cell.number");
			return null;
		}
	}

	void add(String field, String messageKey, Object... arguments) {
		errors.add(new ImportError(rowNumber, header(field), cells.get(field), messageKey,
				java.util.Arrays.stream(arguments).map(String::valueOf).toList()));
	}

	/** The registry's verdict, except on fields that already have an error of their own. */
	void add(List<FieldViolation> violations) {
		for (FieldViolation v : violations) {
			String field = v.field().equals("sentraId") ? "sentraCode" : v.field();
			if (errors.stream().noneMatch(e -> e.column().equals(header(field)))) {
				errors.add(new ImportError(rowNumber, header(field), cells.get(field), v.messageKey(),
						v.arguments().stream().map(String::valueOf).toList()));
			}
		}
	}

	boolean any() {
		return !errors.isEmpty();
	}

	List<ImportError> list() {
		return List.copyOf(errors);
	}

	private String header(String field) {
		return columns.stream().filter(c -> c.field().equals(field)).findFirst().map(c -> c.header(language)).orElse(field);
	}
}
