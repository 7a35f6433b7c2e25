package id.canting.imports.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.canting.shared.SpreadsheetCells;

/**
 * Reads what officials type into cells as the value they mean: text with its whitespace made plain,
 * identifiers whose leading zero a spreadsheet dropped (NIB, phone, codes typed as numbers), years
 * and months typed as dates. Where a cell could mean two things, it is a {@link CellProblem}, never
 * a guess. Numbers are read by {@link NumberNotation}, coded values by {@link Labels}.
 */
public final class CellValues {

	/** How Excel writes a long number it shows shortened, e.g. in a CSV: {@code 9.12E+12}. */
	private static final Pattern SCIENTIFIC = Pattern.compile("-?\\d+([.,]\\d+)?[eE][+-]?\\d+");
	/**
	 * Items of a list cell. {@code /} separates too ({@code Tulis/Cap}): no label of a coded list
	 * column contains it, which {@code LabelsTest} checks.
	 */
	private static final Pattern ITEM_SEPARATORS = Pattern.compile("[,;|/\\r\\n]+");
	private static final Pattern DIGITS = Pattern.compile("\\d+");
	private static final Pattern REGENCY_TYPED = Pattern.compile("(\\d{2})[.,](\\d{1,2})");
	private static final Pattern REGENCY_DIGITS = Pattern.compile("(\\d{2})(\\d{2})");
	private static final Pattern YEAR_TEXT = Pattern.compile("(\\d{1,4})([.,]0+)?");
	private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
	private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})[/.-](\\d{1,2})[/.-](\\d{1,2})");
	private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})[/-](\\d{1,2})");
	private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.-](\\d{4})");
	private static final Pattern NAMED_MONTH_YEAR = Pattern.compile("(\\p{L}+)\\.?[ /-]?(\\d{4})");
	private static final Pattern SEMESTER_CANONICAL = Pattern.compile("\\d{4}-S[12]");
	/** {@code 2024 S1}, {@code 2024 Semester II}, {@code 2024/1}: the year first. */
	private static final Pattern YEAR_SEMESTER = Pattern.compile(
			"(\\d{4}) ?[-/ ]? ?(?:S|SEM|SEMESTER)? ?[-.]? ?(1|2|II|I)");
	/** {@code S1 2024}, {@code Semester 1 2024}, {@code Semester I/2024}: the semester first. */
	private static final Pattern SEMESTER_YEAR = Pattern.compile(
			"(?:S|SEM|SEMESTER) ?[-.]? ?(1|2|II|I) ?[-/ ]? ?(\\d{4})");

	/** Serial numbers of a date cell that are a year typed into a date-formatted column. */
	private static final BigDecimal EARLIEST_YEAR = BigDecimal.valueOf(1800);
	private static final BigDecimal LATEST_YEAR = BigDecimal.valueOf(2100);

	/** Month names and their usual abbreviations, in Bahasa Indonesia and English. */
	private static final Map<String, Integer> MONTH_NAMES = monthNames();

	private CellValues() {
	}

	/**
	 * The text of a cell, {@code null} when blank: non-breaking and other spaces and tabs become one
	 * space, line breaks stay (see {@link #plainSpaces}), the ends are stripped, and the {@code '} an export put in front of a
	 * formula-like value is taken off again. A numeric cell gives its plain digits ({@code 1250.5}).
	 */
	public static String text(Cell cell) {
		if (cell == null) {
			return null;
		}
		if (cell.isNumeric() && !cell.isDate()) {
			return cell.number().toPlainString();
		}
		// restore before normalising: the export's quote may stand before a tab, which would become a space
		String text = plainSpaces(SpreadsheetCells.restore(cell.text()));
		return text.isEmpty() ? null : text;
	}

	/**
	 * The items of a list cell ({@code Kain, Pakaian}), separated by {@code , ; | /} or line breaks;
	 * each item as {@link #text(Cell)}, empty items dropped.
	 */
	public static List<String> items(Cell cell) {
		if (cell == null || cell.isBlank()) {
			return List.of();
		}
		if (cell.isNumeric() && !cell.isDate()) {
			return List.of(text(cell));
		}
		return ITEM_SEPARATORS.splitAsStream(SpreadsheetCells.restore(cell.text())).map(CellValues::plainSpaces)
			.filter(item -> !item.isEmpty()).toList();
	}

	/**
	 * A NIB (13 digits). A numeric cell lost the leading zero of a NIB starting with 0: 12 digits get
	 * it back. A text in scientific notation is a NIB a spreadsheet shortened and cannot be recovered.
	 */
	public static String nib(Cell cell) throws CellProblem {
		String text = text(cell);
		if (text == null) {
			return null;
		}
		if (cell.isNumeric() && !cell.isDate()) {
			return text.length() == 12 && DIGITS.matcher(text).matches() ? "0" + text : text;
		}
		if (isScientific(text)) {
			throw new CellProblem("import.cell.scientific", text);
		}
		return text;
	}

	/**
	 * An Indonesian phone number, kept as text. Typed as a number, {@code 81234567812} lost its
	 * {@code 0} and {@code 6281234567812} its {@code +}; a mobile number typed as digits only
	 * ({@code 81234567812}) gets its {@code 0} too. Anything else stays as typed
	 * ({@code +62 812-3456-7812}). Landlines without their 0 (area codes 021–0987) are left alone:
	 * {@code 62…} with fewer than 11 digits can be the area code 062x.
	 */
	public static String phone(Cell cell) {
		String text = text(cell);
		if (text == null || !DIGITS.matcher(text).matches()) {
			return text;
		}
		boolean number = cell.isNumeric() && !cell.isDate();
		if (number && text.startsWith("62") && text.length() >= 11 && text.length() <= 15) {
			return "+" + text;
		}
		if (text.startsWith("8") && text.length() >= 9 && text.length() <= 13) {
			return "0" + text;
		}
		return text;
	}

	/**
	 * A regency's Kemendagri code ({@code 33.10}). Typed into a number cell, {@code 33.10} became
	 * {@code 33.1}, and a CSV may show it so: the code is the one with two digits after the dot. A
	 * number that cannot be only one code ({@code 33}, {@code 33.105}) is a problem. Any other text,
	 * such as a regency name, is returned for {@link RegencyNames} to resolve.
	 */
	public static String regencyCode(Cell cell) throws CellProblem {
		String text = text(cell);
		if (text == null) {
			return null;
		}
		Matcher typed = REGENCY_TYPED.matcher(text);
		if (typed.matches()) {
			return typed.group(1) + "." + (typed.group(2) + "0").substring(0, 2);
		}
		Matcher digits = REGENCY_DIGITS.matcher(text);
		if (digits.matches()) {
			return digits.group(1) + "." + digits.group(2);
		}
		if (cell.isNumeric() && !cell.isDate()) {
			throw new CellProblem("import.code.ambiguous", text, "33.10");
		}
		return text;
	}

	/**
	 * An HS code. Typed as a number, trailing zeros of the subheading were dropped ({@code 6205.2} is
	 * {@code 6205.20}, {@code 6205.201} is {@code 6205.2010}) and the leading zero of chapters 01–09
	 * too ({@code 901.21} is {@code 0901.21}, {@code 9012110} is {@code 09012110}). Text is kept.
	 */
	public static String hsCode(Cell cell) throws CellProblem {
		String text = text(cell);
		if (text == null || !cell.isNumeric() || cell.isDate()) {
			return text;
		}
		BigDecimal number = cell.number();
		if (number.signum() < 0) {
			throw new CellProblem("import.code.ambiguous", text, "6205.20.10");
		}
		if (number.scale() <= 0) {
			return text.length() == 7 ? "0" + text : text;
		}
		int point = text.indexOf('.');
		String heading = text.substring(0, point);
		String rest = text.substring(point + 1);
		if (heading.length() < 3 || heading.length() > 4 || rest.length() > 4) {
			throw new CellProblem("import.code.ambiguous", text, "6205.20.10");
		}
		// whole pairs of digits: an odd count lost its trailing zero
		return (heading.length() == 3 ? "0" : "") + heading + "." + (rest.length() % 2 == 1 ? rest + "0" : rest);
	}

	/**
	 * A year ({@code 2015}). A year typed into a date-formatted cell is stored as the date with that
	 * serial number (2015 shows as 1905-07-07): a date whose serial is a plausible year (1800–2100) is
	 * that year; any other date gives its year, as does a date typed as text ({@code 12/03/2015}).
	 *
	 * @throws CellProblem {@code import.cell.year} when the cell holds no year
	 */
	public static Integer year(Cell cell) throws CellProblem {
		String text = text(cell);
		if (text == null) {
			return null;
		}
		if (cell.isDate()) {
			BigDecimal serial = cell.number();
			if (serial != null && serial.stripTrailingZeros().scale() <= 0 && serial.compareTo(EARLIEST_YEAR) >= 0
					&& serial.compareTo(LATEST_YEAR) <= 0) {
				return serial.intValue();
			}
			return cell.date().getYear();
		}
		if (cell.isNumeric()) {
			try {
				return cell.number().intValueExact();
			}
			catch (ArithmeticException e) {
				throw new CellProblem("import.cell.year", text);
			}
		}
		Matcher plain = YEAR_TEXT.matcher(text);
		if (plain.matches()) {
			return Integer.valueOf(plain.group(1));
		}
		Matcher date = DAY_MONTH_YEAR.matcher(text);
		if (date.matches()) {
			return Integer.valueOf(date.group(3));
		}
		date = YEAR_MONTH_DAY.matcher(text);
		if (date.matches()) {
			return Integer.valueOf(date.group(1));
		}
		String month = monthOrNull(text);
		if (month != null) {
			return Integer.valueOf(month.substring(0, 4));
		}
		throw new CellProblem("import.cell.year", text);
	}

	/**
	 * A month as {@code YYYY-MM}: a date cell's month, or a month typed as {@code 2024-07},
	 * {@code 7/2024}, {@code Juli 2024}, {@code Jul 2024} or as a date. A date whose day and month
	 * could be swapped ({@code 1/7/2024}) is a problem naming both months; text that is no month is
	 * returned as it is, for the rules to refuse with their own message.
	 *
	 * @throws CellProblem {@code import.cell.month.ambiguous}: its arguments are the text, the month
	 *         read as day/month/year and the month read as month/day/year
	 */
	public static String month(Cell cell) throws CellProblem {
		String text = text(cell);
		if (text == null) {
			return null;
		}
		if (cell.isDate()) {
			return YearMonth.from(cell.date()).toString();
		}
		Matcher date = DAY_MONTH_YEAR.matcher(text);
		if (date.matches()) {
			int first = Integer.parseInt(date.group(1));
			int second = Integer.parseInt(date.group(2));
			int year = Integer.parseInt(date.group(3));
			if (first == second || first > 12) {
				return yearMonth(year, second, text);
			}
			if (second > 12) {
				return yearMonth(year, first, text);
			}
			throw new CellProblem("import.cell.month.ambiguous", text, yearMonth(year, second, text),
					yearMonth(year, first, text));
		}
		String month = monthOrNull(text);
		return month == null ? text : month;
	}

	/** A month that reads one way only, or {@code null}. */
	private static String monthOrNull(String text) {
		Matcher matcher = YEAR_MONTH.matcher(text);
		if (matcher.matches()) {
			return yearMonth(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), null);
		}
		matcher = YEAR_MONTH_DAY.matcher(text);
		if (matcher.matches()) {
			return yearMonth(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), null);
		}
		matcher = MONTH_YEAR.matcher(text);
		if (matcher.matches()) {
			return yearMonth(Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(1)), null);
		}
		matcher = NAMED_MONTH_YEAR.matcher(text);
		if (matcher.matches()) {
			Integer month = MONTH_NAMES.get(matcher.group(1).toLowerCase(Locale.ROOT));
			return month == null ? null : yearMonth(Integer.parseInt(matcher.group(2)), month, null);
		}
		return null;
	}

	/** {@code 2024-07}, or {@code otherwise} when the month is not 1–12. */
	private static String yearMonth(int year, int month, String otherwise) {
		return month >= 1 && month <= 12 ? String.format(Locale.ROOT, "%04d-%02d", year, month) : otherwise;
	}

	/**
	 * A semester as {@code 2024-S1}, from {@code 2024 S1}, {@code S1 2024}, {@code 2024/1},
	 * {@code Semester 1 2024} or {@code Semester II 2024}; other text as it is, for the rules to refuse.
	 */
	public static String semester(Cell cell) {
		String text = text(cell);
		if (text == null) {
			return null;
		}
		String upper = text.toUpperCase(Locale.ROOT);
		if (SEMESTER_CANONICAL.matcher(upper).matches()) {
			return upper;
		}
		Matcher matcher = YEAR_SEMESTER.matcher(upper);
		if (matcher.matches()) {
			return matcher.group(1) + "-S" + (matcher.group(2).startsWith("2") || matcher.group(2).equals("II") ? 2 : 1);
		}
		matcher = SEMESTER_YEAR.matcher(upper);
		if (matcher.matches()) {
			return matcher.group(2) + "-S" + (matcher.group(1).equals("2") || matcher.group(1).equals("II") ? 2 : 1);
		}
		return text;
	}

	/** Whether a text is a number in scientific notation, as a spreadsheet shows a long number it shortened. */
	static boolean isScientific(String text) {
		return text != null && SCIENTIFIC.matcher(text).matches();
	}

	/**
	 * Every kind of space and tab as one space, zero-width spaces and BOMs removed, the ends stripped.
	 * Line breaks are kept (CR LF and CR as LF), without spaces around them: an address typed on two
	 * lines is two lines on the IKM's page too, and an exported address must import unchanged.
	 */
	static String plainSpaces(String raw) {
		StringBuilder text = new StringBuilder(raw.length());
		boolean space = false;
		int lineBreaks = 0;
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '\u200B' || c == '\uFEFF') {
				continue;
			}
			if (c == '\n' || c == '\r') {
				// CR LF is one line break
				if (!(c == '\n' && i > 0 && raw.charAt(i - 1) == '\r')) {
					lineBreaks++;
				}
				continue;
			}
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				space = true;
				continue;
			}
			if (!text.isEmpty()) {
				text.append(lineBreaks > 0 ? "\n".repeat(lineBreaks) : space ? " " : "");
			}
			space = false;
			lineBreaks = 0;
			text.append(c);
		}
		return text.toString();
	}

	private static Map<String, Integer> monthNames() {
		String[][] names = {
				{ "januari", "january", "jan" }, { "februari", "february", "feb", "pebruari" },
				{ "maret", "march", "mar" }, { "april", "apr" }, { "mei", "may" }, { "juni", "june", "jun" },
				{ "juli", "july", "jul" }, { "agustus", "august", "aug", "agu", "agt", "ags" },
				{ "september", "sep", "sept" }, { "oktober", "october", "okt", "oct" }, { "november", "nov", "nop" },
				{ "desember", "december", "des", "dec" } };
		Map<String, Integer> months = new HashMap<>();
		for (int i = 0; i < names.length; i++) {
			for (String name : names[i]) {
				months.put(name, i + 1);
			}
		}
		return Map.copyOf(months);
	}
}
