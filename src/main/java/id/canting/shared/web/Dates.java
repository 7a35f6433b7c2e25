package id.canting.shared.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats moments for pages in the reader's language, in Western Indonesian Time (WIB), where the
 * ministry and most users are. Templates call it as {@code ${@dates.dateTime(x)}}.
 */
@Component("dates")
public class Dates {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	public String date(Instant moment) {
		return date(moment, LocaleContextHolder.getLocale());
	}

	public String dateTime(Instant moment) {
		return dateTime(moment, LocaleContextHolder.getLocale());
	}

	/** For documents written in a language chosen apart from the page's (fact sheets). */
	public static String date(Instant moment, Locale locale) {
		return moment == null ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(moment.atZone(WIB));
	}

	/** {@code 28 November 2026 14:05 WIB}, in the given language. */
	public static String dateTime(Instant moment, Locale locale) {
		return moment == null ? ""
				: date(moment, locale) + " " + DateTimeFormatter.ofPattern("HH:mm").format(moment.atZone(WIB)) + " WIB";
	}
}
