package id.canting.statistics;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * A run of whole months, {@code from} to {@code to}, both included: the period a published figure
 * counts. Written as {@code 2024-07} (a month), {@code 2024-Q3} (a quarter), {@code 2024-S1} (a
 * semester), {@code 2024} (a year), {@code 2024-YTD} (January of 2024 to this month of the year, by
 * the clock), {@code ytd} (this year to date) or {@code 2024-01..2024-07} (any range).
 */
public record Period(YearMonth from, YearMonth to) {

	/** The formats {@link #parse} reads, as error messages name them. */
	public static final String FORMATS = "2024-07, 2024-Q3, 2024-S1, 2024, 2024-YTD, ytd, 2024-01..2024-07";
	static final int EARLIEST_YEAR = 1990;
	static final int LATEST_YEAR = 2100;

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");
	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
	private static final Pattern SEMESTER = Pattern.compile("(\\d{4})-S([12])");
	private static final Pattern YEAR_TO_DATE = Pattern.compile("(\\d{4})-YTD");

	public Period {
		if (from == null || to == null || to.isBefore(from)) {
			throw new IllegalArgumentException("a period runs from a month to the same or a later month");
		}
	}

	/**
	 * Reads the query parameters of a figure: {@code period} in any format of {@link #FORMATS}, or
	 * {@code from} and {@code to} as months. Returns {@code null} when none is given (the caller
	 * chooses a default).
	 *
	 * @throws InvalidInputException naming the parameter and the expected format
	 */
	public static Period of(String period, String from, String to, Clock clock) {
		if (!blank(period)) {
			if (!blank(from) || !blank(to)) {
				throw invalid("period", "validation.period.both");
			}
			return parse(period, clock);
		}
		if (blank(from) && blank(to)) {
			return null;
		}
		YearMonth fromMonth = month("from", from);
		YearMonth toMonth = month("to", to);
		return range("to", fromMonth, toMonth);
	}

	/**
	 * Reads a period written in any format of {@link #FORMATS}.
	 *
	 * @throws InvalidInputException naming {@code period} and the formats it accepts
	 */
	public static Period parse(String text, Clock clock) {
		String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
		int range = value.indexOf("..");
		if (range >= 0) {
			YearMonth from = monthOrNull(value.substring(0, range));
			YearMonth to = monthOrNull(value.substring(range + 2));
			if (from == null || to == null) {
				throw invalid("period", "validation.period.format", FORMATS);
			}
			return range("period", from, to);
		}
		YearMonth now = YearMonth.now(clock);
		if (value.equals("YTD")) {
			return new Period(YearMonth.of(now.getYear(), 1), now);
		}
		Matcher m;
		if ((m = MONTH.matcher(value)).matches()) {
			YearMonth month = monthOrNull(value);
			if (month == null) {
				throw invalid("period", "validation.period.format", FORMATS);
			}
			return new Period(month, month);
		}
		if ((m = QUARTER.matcher(value)).matches() && year(m) != null) {
			int quarter = Integer.parseInt(m.group(2));
			return new Period(YearMonth.of(year(m), quarter * 3 - 2), YearMonth.of(year(m), quarter * 3));
		}
		if ((m = SEMESTER.matcher(value)).matches() && year(m) != null) {
			int semester = Integer.parseInt(m.group(2));
			return new Period(YearMonth.of(year(m), semester * 6 - 5), YearMonth.of(year(m), semester * 6));
		}
		if ((m = YEAR.matcher(value)).matches() && year(m) != null) {
			return new Period(YearMonth.of(year(m), 1), YearMonth.of(year(m), 12));
		}
		if ((m = YEAR_TO_DATE.matcher(value)).matches() && year(m) != null) {
			return new Period(YearMonth.of(year(m), 1), YearMonth.of(year(m), now.getMonthValue()));
		}
		throw invalid("period", "validation.period.format", FORMATS);
	}

	/** The same months one year earlier: what year-on-year change compares with. */
	public Period previousYear() {
		return new Period(from.minusYears(1), to.minusYears(1));
	}

	/** How many months it spans. */
	public int months() {
		return (int) ChronoUnit.MONTHS.between(from, to) + 1;
	}

	/** Whether the month lies in the period. */
	public boolean contains(YearMonth month) {
		return !month.isBefore(from) && !month.isAfter(to);
	}

	/** The period as {@link #parse} reads it back: {@code 2024-01..2024-07}, or {@code 2024-07} for one month. */
	/**
	 * The period in words, as publications write it: Januari–Juli 2024, Juli 2024, or
	 * Desember 2023–Februari 2024 (in the reader's language).
	 */
	public String label(Locale locale) {
		String toText = monthName(to, locale) + " " + to.getYear();
		if (from.equals(to)) {
			return toText;
		}
		String fromText = from.getYear() == to.getYear() ? monthName(from, locale)
				: monthName(from, locale) + " " + from.getYear();
		return fromText + "\u2013" + toText;
	}

	private static String monthName(YearMonth month, Locale locale) {
		return month.getMonth().getDisplayName(TextStyle.FULL, locale);
	}

	@Override
	public String toString() {
		return from.equals(to) ? from.toString() : from + ".." + to;
	}

	private static Period range(String field, YearMonth from, YearMonth to) {
		if (to.isBefore(from)) {
			throw invalid(field, "validation.period.to-before-from", from.toString());
		}
		return new Period(from, to);
	}

	private static YearMonth month(String field, String text) {
		if (blank(text)) {
			throw invalid(field, "validation.required");
		}
		YearMonth month = monthOrNull(text.strip());
		if (month == null) {
			throw invalid(field, "validation.month", EARLIEST_YEAR, LATEST_YEAR);
		}
		return month;
	}

	private static YearMonth monthOrNull(String text) {
		Matcher m = MONTH.matcher(text.strip());
		if (!m.matches() || year(m) == null) {
			return null;
		}
		int month = Integer.parseInt(m.group(2));
		return month >= 1 && month <= 12 ? YearMonth.of(year(m), month) : null;
	}

	private static Integer year(Matcher m) {
		int year = Integer.parseInt(m.group(1));
		return year >= EARLIEST_YEAR && year <= LATEST_YEAR ? year : null;
	}

	private static InvalidInputException invalid(String field, String key, Object... arguments) {
		return new InvalidInputException(List.of(FieldViolation.of(field, key, arguments)));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
