package id.canting.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one way days, moments and months are written for readers — pages, PDFs and workbooks — in the
 * reader's language and in Western Indonesian Time (WIB), where the ministry and most users are, with
 * "WIB" on every time: {@code 6 Desember 2026}, {@code 6 December 2026 03:18 WIB},
 * {@code Januari 2024}, {@code Semester 1 2024}. Templates call it as {@code ${@dates.date(x)}},
 * {@code ${@dates.dateTime(x)}}, {@code ${@dates.month(x)}} and {@code ${@dates.semester(x)}}; documents written in a language of their own call the static forms.
 */
@Component("dates")
public class Dates {

	/** Where the ministry is: every moment is shown on its clock. */
	public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	private static final String DAY = "d MMMM yyyy";
	private static final String MONTH = "MMMM yyyy";
	private static final Pattern SEMESTER = Pattern.compile("(\\d{4})-S([12])");

	/** A day or the day of a moment, blank for none; takes whatever date type a record holds. */
	public String date(Object day) {
		return date(day, LocaleContextHolder.getLocale());
	}

	/** A moment with its time of day in WIB, blank for none. */
	public String dateTime(Object moment) {
		return dateTime(moment, LocaleContextHolder.getLocale());
	}

	/** A month ({@code YearMonth} or its ISO text {@code 2024-01}) as {@code Januari 2024}. */
	public String month(Object month) {
		return month(month, LocaleContextHolder.getLocale());
	}

	/** {@code 6 Desember 2026}, in the given language. */
	public static String date(Object day, Locale locale) {
		if (day instanceof LocalDate local) {
			return DateTimeFormatter.ofPattern(DAY, locale).format(local);
		}
		ZonedDateTime wib = inWib(day);
		return wib == null ? "" : DateTimeFormatter.ofPattern(DAY, locale).format(wib);
	}

	/**
	 * A wall-clock time kept in WIB (event sessions, matching slots) as the API writes it, with its offset:
	 * {@code 2024-10-05T10:00+07:00}; null stays null.
	 */
	public static OffsetDateTime offset(LocalDateTime wibTime) {
		return wibTime == null ? null : wibTime.atZone(WIB).toOffsetDateTime();
	}

	/** {@code 28 November 2026 14:05 WIB}, in the given language. */
	public static String dateTime(Object moment, Locale locale) {
		if (moment instanceof LocalDate day) {
			return date(day, locale);
		}
		ZonedDateTime wib = inWib(moment);
		return wib == null ? "" : date(wib, locale) + " " + DateTimeFormatter.ofPattern("HH:mm").format(wib) + " WIB";
	}

	/** {@code Januari 2024} / {@code January 2024}; text that is not a month is shown as it is. */
	public static String month(Object month, Locale locale) {
		if (month == null) {
			return "";
		}
		if (month instanceof YearMonth yearMonth) {
			return DateTimeFormatter.ofPattern(MONTH, locale).format(yearMonth);
		}
		try {
			return month(YearMonth.parse(month.toString().strip()), locale);
		}
		catch (DateTimeParseException notAMonth) {
			return month.toString();
		}
	}

	/** A semester ({@code Semester} or its code {@code 2024-S1}) as {@code Semester 1 2024}. */
	public String semester(Object semester) {
		if (semester == null) {
			return "";
		}
		Matcher code = SEMESTER.matcher(semester.toString().strip());
		return code.matches() ? "Semester " + code.group(2) + " " + code.group(1) : semester.toString();
	}

	/**
	 * A moment on the WIB clock. A {@code LocalDateTime} is taken as the server's UTC clock, as the
	 * application stores moments (see {@code ClockConfig}).
	 */
	private static ZonedDateTime inWib(Object moment) {
		if (moment instanceof Instant instant) {
			return instant.atZone(WIB);
		}
		if (moment instanceof ZonedDateTime zoned) {
			return zoned.withZoneSameInstant(WIB);
		}
		if (moment instanceof OffsetDateTime offset) {
			return offset.atZoneSameInstant(WIB);
		}
		if (moment instanceof LocalDateTime local) {
			return local.atZone(ZoneId.of("UTC")).withZoneSameInstant(WIB);
		}
		if (moment == null) {
			return null;
		}
		throw new IllegalArgumentException("not a date or moment: " + moment.getClass().getName());
	}
}
