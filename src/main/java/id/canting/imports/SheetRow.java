package id.canting.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.canting.imports.internal.Cell;
import id.canting.imports.internal.CellProblem;
import id.canting.imports.internal.CellValues;
import id.canting.imports.internal.Labels;
import id.canting.imports.internal.NumberNotation;
import id.canting.imports.internal.NumberNotation.Notation;
import id.canting.imports.internal.RegencyNames;
import id.canting.shared.FieldViolation;

/**
 * One data row of a sheet: reads each cell the way its column says (a number from the cell's type
 * or in the column's notation, a code from its label in either language, a NIB or phone kept as
 * text with the zero a spreadsheet dropped put back) and gathers the row's errors, each placed in
 * its column (by header, in the uploader's language) with the value found. A cell that cannot be
 * read is an error here; the registry's rules then skip that field, so each cell gets one clear
 * message.
 */
final class SheetRow {

	/** What a row needs besides its cells: the columns, the notation of each numeric column, the label and regency readers. */
	record Context(List<ColumnSpec> columns, Map<String, Notation> notations, Labels labels, RegencyNames regencies,
			String language) {

		ColumnSpec column(String field) {
			// a plain loop: asked a dozen times per row, a million rows
			for (ColumnSpec column : columns) {
				if (column.field().equals(field)) {
					return column;
				}
			}
			throw new IllegalArgumentException("no column " + field);
		}
	}

	private final int number;
	private final Map<String, Cell> cells;
	private final Context context;
	private final List<ImportError> errors = new ArrayList<>();

	SheetRow(int number, Map<String, Cell> cells, Context context) {
		this.number = number;
		this.cells = cells;
		this.context = context;
	}

	int number() {
		return number;
	}

	/** The cells as typed or shown, by field, for the job's preview and the rejected-rows file. */
	Map<String, String> raw() {
		Map<String, String> raw = new HashMap<>();
		cells.forEach((field, cell) -> raw.put(field, cell.text()));
		return raw;
	}

	private Cell cell(String field) {
		return cells.getOrDefault(field, Cell.BLANK);
	}

	/** Whether the file has this column and the row a value in it. */
	boolean has(String field) {
		return !cell(field).isBlank();
	}

	/** The value of a text, identifier, NIB, phone, HS code, code, regency, month or semester column as the rules take it. */
	String text(String field) {
		ColumnSpec column = context.column(field);
		Cell cell = cell(field);
		try {
			return switch (column.value()) {
				case NIB -> CellValues.nib(cell);
				case PHONE -> CellValues.phone(cell);
				case HS_CODE -> CellValues.hsCode(cell);
				case CODE -> code(column, CellValues.text(cell));
				case REGENCY -> regency(field, cell);
				case MONTH -> CellValues.month(cell);
				case SEMESTER -> CellValues.semester(cell);
				default -> CellValues.text(cell);
			};
		}
		catch (CellProblem problem) {
			add(field, problem.messageKey(), problem.arguments().toArray());
			return null;
		}
	}

	/** The codes of a list column, each typed as a code or its label in either language. */
	List<String> codes(String field) {
		ColumnSpec column = context.column(field);
		List<String> typed = CellValues.items(cell(field));
		return column.codes() == null ? typed : context.labels().codes(enumType(column), column.labelPrefix(), typed);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Class enumType(ColumnSpec column) {
		return column.codes();
	}

	@SuppressWarnings("unchecked")
	private String code(ColumnSpec column, String typed) {
		return typed == null || column.codes() == null ? typed
				: context.labels().code(enumType(column), column.labelPrefix(), typed);
	}

	private String regency(String field, Cell cell) throws CellProblem {
		String typed = CellValues.regencyCode(cell);
		if (typed == null) {
			return null;
		}
		Object resolved = context.regencies().resolve(typed);
		if (resolved instanceof RegencyNames.Unresolved unresolved) {
			add(field, unresolved.messageKey(), typed);
			return null;
		}
		return (String) resolved;
	}

	Integer year(String field) {
		try {
			return CellValues.year(cell(field));
		}
		catch (CellProblem problem) {
			add(field, problem.messageKey(), problem.arguments().toArray());
			return null;
		}
	}

	Integer integer(String field) {
		Long value = whole(field);
		if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
			add(field, "validation.max", Integer.MAX_VALUE);
			return null;
		}
		return value == null ? null : value.intValue();
	}

	Long whole(String field) {
		try {
			return NumberNotation.whole(cell(field), notation(field));
		}
		catch (CellProblem problem) {
			add(field, problem.messageKey(), problem.arguments().toArray());
			return null;
		}
	}

	/** A decimal in the column's notation ({@code 1.234,5} or {@code 1,234.5}); an unreadable one is an error. */
	BigDecimal decimal(String field) {
		try {
			return NumberNotation.read(cell(field), notation(field));
		}
		catch (CellProblem problem) {
			add(field, problem.messageKey(), problem.arguments().toArray());
			return null;
		}
	}

	private Notation notation(String field) {
		return context.notations().getOrDefault(field, Notation.UNDECIDED);
	}

	void add(String field, String messageKey, Object... arguments) {
		errors.add(new ImportError(number, header(field), cell(field).text(), messageKey,
				java.util.Arrays.stream(arguments).map(String::valueOf).toList()));
	}

	/** The registry's verdict, except on fields that already have an error of their own. */
	void add(List<FieldViolation> violations) {
		for (FieldViolation v : violations) {
			String field = v.field().equals("sentraId") ? "sentraCode" : v.field();
			if (errors.stream().noneMatch(e -> e.column().equals(header(field)))) {
				errors.add(new ImportError(number, header(field), cell(field).text(), v.messageKey(),
						v.arguments().stream().map(String::valueOf).toList()));
			}
		}
	}

	boolean any() {
		return !errors.isEmpty();
	}

	List<ImportError> errors() {
		return List.copyOf(errors);
	}

	String header(String field) {
		return context.columns().stream().filter(c -> c.field().equals(field)).findFirst()
			.map(c -> c.header(context.language()))
			.orElse(field);
	}
}
