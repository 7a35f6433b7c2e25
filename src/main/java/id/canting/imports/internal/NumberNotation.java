package id.canting.imports.internal;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers typed as text in Indonesian ({@code 1.250.000,50}) or English ({@code 1,250,000.50})
 * notation, decided per column: officials' sheets are typed with one regional setting, so a column
 * that shows its notation in one value ({@code 1.250,5}, {@code 1.250.000}) tells how to read the
 * values that cannot tell on their own ({@code 1.250}: 1250 or 1.25). Numeric cells never need this:
 * their value is exact in the cell.
 * <p>
 * Evidence of a value: INDONESIAN is a comma followed by 1–2 or 4+ digits, two or more thousands
 * dots, or dot groups followed by a decimal comma; ENGLISH is the same with the roles swapped.
 * Exactly one separator followed by exactly three digits is ambiguous.
 */
public final class NumberNotation {

	/** How a column writes its numbers. */
	public enum Notation {
		/** Thousands dots, decimal comma: {@code 1.250.000,50}. */
		INDONESIAN,
		/** Thousands commas, decimal point: {@code 1,250,000.50}. */
		ENGLISH,
		/** No value of the column shows its notation. */
		UNDECIDED,
		/**
		 * Values of both notations in one column (pasted from two files): each value that shows its
		 * notation is read by it, and a value that could be read both ways is refused.
		 */
		MIXED
	}

	/** Collects the evidence of every cell of one column (first pass), then says the column's notation. */
	public static final class Column {

		private boolean indonesian;
		private boolean english;

		/** Takes note of how one cell of the column writes its number; numeric and unreadable cells say nothing. */
		public void see(Cell cell) {
			String text = cell == null || cell.isNumeric() ? null : CellValues.text(cell);
			if (text == null) {
				return;
			}
			Reading reading = Reading.of(text);
			indonesian |= reading.kind() == Kind.INDONESIAN;
			english |= reading.kind() == Kind.ENGLISH;
		}

		/** The notation the cells seen so far show. */
		public Notation notation() {
			if (indonesian && english) {
				return Notation.MIXED;
			}
			return indonesian ? Notation.INDONESIAN : english ? Notation.ENGLISH : Notation.UNDECIDED;
		}
	}

	private NumberNotation() {
	}

	/**
	 * The number in a cell, {@code null} when blank: a numeric cell's exact value; a text by its own
	 * evidence, or, when ambiguous, by the column's notation.
	 *
	 * @throws CellProblem {@code import.cell.number} when it is no number (or a date),
	 *         {@code import.cell.number.ambiguous} when it can be read both ways and the column does
	 *         not decide, {@code import.cell.scientific} when a spreadsheet shortened it
	 */
	public static BigDecimal read(Cell cell, Notation column) throws CellProblem {
		return read(cell, column, false);
	}

	/**
	 * A whole number (workers, rupiah, ids), {@code null} when blank. As {@link #read}, except that an
	 * ambiguous value in an undecided column is read the one way that gives a whole number, when only
	 * one does ({@code 1.250} workers are 1250 in either language).
	 *
	 * @throws CellProblem as {@link #read}, and {@code import.cell.whole} for a fraction
	 */
	public static Long whole(Cell cell, Notation column) throws CellProblem {
		BigDecimal value = read(cell, column, true);
		if (value == null) {
			return null;
		}
		if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
			throw new CellProblem("import.cell.whole", CellValues.text(cell));
		}
		try {
			return value.longValueExact();
		}
		catch (ArithmeticException e) {
			throw new CellProblem("import.cell.number", CellValues.text(cell));
		}
	}

	private static BigDecimal read(Cell cell, Notation column, boolean whole) throws CellProblem {
		if (cell == null || cell.isBlank()) {
			return null;
		}
		if (cell.isDate()) {
			// a date's serial number is not the number the official meant
			throw new CellProblem("import.cell.number", CellValues.text(cell));
		}
		if (cell.isNumeric()) {
			return cell.number();
		}
		String text = CellValues.text(cell);
		if (CellValues.isScientific(text)) {
			throw new CellProblem("import.cell.scientific", text);
		}
		Reading reading = Reading.of(text);
		return switch (reading.kind()) {
			case PLAIN, INDONESIAN, ENGLISH -> reading.value();
			case UNREADABLE -> throw new CellProblem("import.cell.number", text);
			case AMBIGUOUS -> ambiguous(text, reading, column, whole);
		};
	}

	private static BigDecimal ambiguous(String text, Reading reading, Notation column, boolean whole)
			throws CellProblem {
		if (column == Notation.INDONESIAN || column == Notation.ENGLISH) {
			return reading.in(column);
		}
		if (column == Notation.UNDECIDED && whole && isWhole(reading.grouped()) != isWhole(reading.decimal())) {
			return isWhole(reading.grouped()) ? reading.grouped() : reading.decimal();
		}
		String decimal = reading.decimal().toPlainString();
		throw new CellProblem("import.cell.number.ambiguous", text, reading.grouped().toPlainString(), decimal,
				decimal.replace('.', ','));
	}

	private static boolean isWhole(BigDecimal value) {
		return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
	}

	/** What one text value says about its notation. */
	enum Kind {
		/** Digits only, no separator. */
		PLAIN, INDONESIAN, ENGLISH, AMBIGUOUS, UNREADABLE
	}

	/**
	 * One text value read: its kind, its value when it has one, and for an ambiguous value both readings
	 * ({@code grouped}: the separator groups thousands; {@code decimal}: it is the decimal mark).
	 */
	record Reading(Kind kind, BigDecimal value, BigDecimal grouped, BigDecimal decimal, char separator) {

		private static final Pattern CURRENCY_BEFORE = Pattern.compile("^(?i)(rp\\.?|idr|usd|us\\$|\\$)");
		private static final Pattern CURRENCY_AFTER = Pattern.compile("(?i)(rp|idr|usd)$");
		private static final Pattern BODY = Pattern.compile("\\d[\\d.,]*");
		private static final Pattern DOT_GROUPS = Pattern.compile("[1-9]\\d{0,2}(\\.\\d{3})+");
		private static final Pattern COMMA_GROUPS = Pattern.compile("[1-9]\\d{0,2}(,\\d{3})+");
		private static final Pattern ONE_SEPARATOR = Pattern.compile("(\\d+)[.,](\\d+)");
		private static final Pattern GROUP_LEAD = Pattern.compile("[1-9]\\d{0,2}");

		static Reading of(String text) {
			String body = text.replace(" ", "");
			boolean negative = false;
			if (body.startsWith("(") && body.endsWith(")")) {
				negative = true;
				body = body.substring(1, body.length() - 1);
			}
			if (body.startsWith("-")) {
				negative = !negative;
				body = body.substring(1);
			}
			body = CURRENCY_BEFORE.matcher(body).replaceFirst("");
			if (!negative && body.startsWith("-")) {
				negative = true;
				body = body.substring(1);
			}
			body = CURRENCY_AFTER.matcher(body).replaceFirst("");
			// "Rp 1.500.000,-": the dash says "no cents"
			if (body.endsWith(",-") || body.endsWith(".-")) {
				body = body.substring(0, body.length() - 2);
			}
			if (!BODY.matcher(body).matches() || !Character.isDigit(body.charAt(body.length() - 1))) {
				return unreadable();
			}
			Reading reading = unsigned(body);
			return negative ? reading.negated() : reading;
		}

		private static Reading unsigned(String body) {
			int dots = count(body, '.');
			int commas = count(body, ',');
			if (dots == 0 && commas == 0) {
				return new Reading(Kind.PLAIN, new BigDecimal(body), null, null, ' ');
			}
			if (dots > 0 && commas > 0) {
				return bothSeparators(body);
			}
			char separator = dots > 0 ? '.' : ',';
			boolean indonesianGroups = separator == '.';
			if (dots + commas >= 2) {
				Pattern groups = indonesianGroups ? DOT_GROUPS : COMMA_GROUPS;
				return groups.matcher(body).matches()
						? known(indonesianGroups ? Kind.INDONESIAN : Kind.ENGLISH, body.replace(String.valueOf(separator), ""))
						: unreadable();
			}
			Matcher parts = ONE_SEPARATOR.matcher(body);
			if (!parts.matches()) {
				return unreadable();
			}
			String whole = parts.group(1);
			String fraction = parts.group(2);
			if (fraction.length() == 3 && GROUP_LEAD.matcher(whole).matches()) {
				return new Reading(Kind.AMBIGUOUS, null, new BigDecimal(whole + fraction),
						new BigDecimal(whole + "." + fraction), separator);
			}
			// a decimal mark: a comma is Indonesian, a point English
			return known(indonesianGroups ? Kind.ENGLISH : Kind.INDONESIAN, whole + "." + fraction);
		}

		/** Both separators: the last one is the decimal mark, the other groups thousands before it. */
		private static Reading bothSeparators(String body) {
			int last = Math.max(body.lastIndexOf('.'), body.lastIndexOf(','));
			char decimalMark = body.charAt(last);
			String whole = body.substring(0, last);
			String fraction = body.substring(last + 1);
			Pattern groups = decimalMark == ',' ? DOT_GROUPS : COMMA_GROUPS;
			if (!groups.matcher(whole).matches() || fraction.isEmpty() || !fraction.chars().allMatch(Character::isDigit)) {
				return unreadable();
			}
			String digits = whole.replace(decimalMark == ',' ? "." : ",", "");
			return known(decimalMark == ',' ? Kind.INDONESIAN : Kind.ENGLISH, digits + "." + fraction);
		}

		private static Reading known(Kind kind, String plain) {
			return new Reading(kind, new BigDecimal(plain), null, null, ' ');
		}

		private static Reading unreadable() {
			return new Reading(Kind.UNREADABLE, null, null, null, ' ');
		}

		private static int count(String text, char c) {
			int n = 0;
			for (int i = 0; i < text.length(); i++) {
				if (text.charAt(i) == c) {
					n++;
				}
			}
			return n;
		}

		private Reading negated() {
			return new Reading(kind, value == null ? null : value.negate(), grouped == null ? null : grouped.negate(),
					decimal == null ? null : decimal.negate(), separator);
		}

		/** An ambiguous value as a column of the given notation reads it. */
		BigDecimal in(Notation column) {
			boolean groupsThousands = (separator == '.') == (column == Notation.INDONESIAN);
			return groupsThousands ? grouped : decimal;
		}
	}
}
