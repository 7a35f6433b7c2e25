package id.canting.event.registration.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A calendar invitation (RFC 5545, one VEVENT, times in UTC) for a session, as the ticket mail's
 * attachment: mail clients offer to add it to the calendar. The UID is the ticket's, so a later
 * invitation of the same ticket replaces the first.
 */
final class TicketCalendar {

	static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";
	private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

	private TicketCalendar() {
	}

	static byte[] ics(String uid, String summary, String location, String description, LocalDateTime startsAt,
			LocalDateTime endsAt, String url, Instant now) {
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//Canting//Event tickets//EN");
		line(ics, "METHOD:PUBLISH");
		line(ics, "BEGIN:VEVENT");
		line(ics, "UID:" + uid + "@canting");
		line(ics, "DTSTAMP:" + UTC.format(now.atOffset(ZoneOffset.UTC)));
		line(ics, "DTSTART:" + utc(startsAt));
		line(ics, "DTEND:" + utc(endsAt));
		line(ics, "SUMMARY:" + escape(summary));
		line(ics, "LOCATION:" + escape(location));
		line(ics, "DESCRIPTION:" + escape(description));
		line(ics, "URL:" + url);
		line(ics, "END:VEVENT");
		line(ics, "END:VCALENDAR");
		return ics.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String utc(LocalDateTime wib) {
		return UTC.format(wib.atZone(WIB).withZoneSameInstant(ZoneOffset.UTC));
	}

	/** Text values escape backslash, semicolon, comma and new lines (RFC 5545 3.3.11). */
	static String escape(String text) {
		return text == null ? ""
				: text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "").replace("\n", "\\n");
	}

	/** Lines end in CRLF and are folded at 75 octets (here: 70 characters, safe for UTF-8 text of this size). */
	private static void line(StringBuilder ics, String line) {
		int at = 0;
		while (line.length() - at > 70) {
			ics.append(line, at, at + 70).append("\r\n ");
			at += 70;
		}
		ics.append(line.substring(at)).append("\r\n");
	}
}
