package id.canting.imports.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import id.canting.shared.SpreadsheetCells;

/**
 * Reads cell text the way Indonesian spreadsheets write it: {@code 1.234} is one thousand two
 * hundred thirty-four, {@code 1.234,5} has a decimal comma, {@code Rp} is dropped; lists are
 * separated by commas or semicolons; a leading {@code '} that protected a value against formula
 * injection in an export is removed again.
 */
public final class CellValues {

	private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");
	private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");

	private CellValues() {
	}

	/** The text of a cell, trimmed, {@code null} when empty. */
	public static String text(String raw) {
		if (raw == null) {
			return null;
		}
		// the export protected it against formula injection with a leading quote: take that off again
		String text = SpreadsheetCells.restore(raw).strip();
		return text.isEmpty() ? null : text;
	}

	/** A number in Indonesian or plain notation; {@code null} when empty. */
	public static BigDecimal number(String raw) {
		String text = text(raw);
		if (text == null) {
			return null;
		}
		String cleaned = text.replaceFirst("(?i)^rp\\.?\\s*", "").replace(" ", "");
		if (cleaned.contains(",")) {
			cleaned = cleaned.replace(".", "").replace(',', '.');
		}
		else if (THOUSANDS.matcher(cleaned).matches()) {
			cleaned = cleaned.replace(".", "");
		}
		if (!PLAIN.matcher(cleaned).matches()) {
			throw new NumberFormatException(text);
		}
		return new BigDecimal(cleaned);
	}

	/** A whole number; a fraction or text is a {@link NumberFormatException}. */
	public static Long whole(String raw) {
		BigDecimal number = number(raw);
		if (number == null) {
			return null;
		}
		try {
			return number.longValueExact();
		}
		catch (ArithmeticException e) {
			throw new NumberFormatException(raw);
		}
	}

	/** The items of a list cell, e.g. {@code TULIS, CAP}. */
	public static List<String> list(String raw) {
		String text = text(raw);
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("[,;|/]")).map(String::strip).filter(s -> !s.isEmpty())
			.map(s -> s.toUpperCase(Locale.ROOT)).toList();
	}

	// STUB Cell-based API until the values branch merges
	public static String text(Cell cell) {
		return text(cell.text());
	}

	public static List<String> items(Cell cell) {
		String text = text(cell);
		return text == null ? List.of() : Arrays.stream(text.split("[,;|]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	public static String nib(Cell cell) throws CellProblem {
		return text(cell);
	}

	public static String phone(Cell cell) {
		return text(cell);
	}

	public static String regencyCode(Cell cell) throws CellProblem {
		return text(cell);
	}

	public static String hsCode(Cell cell) throws CellProblem {
		return text(cell);
	}

	public static Integer year(Cell cell) throws CellProblem {
		String text = text(cell);
		if (text == null) {
			return null;
		}
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException e) {
			throw new CellProblem("import.cell.number");
		}
	}

	public static String month(Cell cell) throws CellProblem {
		return text(cell);
	}

	public static String semester(Cell cell) throws CellProblem {
		return text(cell);
	}
}
