package id.canting.shared.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

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
		return moment == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(LocaleContextHolder.getLocale())
			.format(moment.atZone(WIB));
	}

	public String dateTime(Instant moment) {
		return moment == null ? ""
				: date(moment) + " " + DateTimeFormatter.ofPattern("HH:mm").format(moment.atZone(WIB)) + " WIB";
	}
}
