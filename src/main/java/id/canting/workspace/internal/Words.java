package id.canting.workspace.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;

/** The home's words in one language: labels from the message bundles, dates in WIB. */
public record Words(MessageSource messages, Locale locale) {

	private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	public String get(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** The message for this key, or null when the bundle has none (a state with no next step). */
	public String optional(String key, Object... args) {
		String text = messages.getMessage(key, args, "", locale);
		return text == null || text.isEmpty() ? null : text;
	}

	public String date(LocalDate day) {
		return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
	}

	public String date(Instant instant) {
		return instant == null ? "" : date(LocalDate.ofInstant(instant, WIB));
	}
}
