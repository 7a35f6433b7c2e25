package id.canting.notification;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A calendar invitation (an iCalendar file, RFC 5545) to attach to a message, e.g. a workshop seat:
 * one event with its times in UTC, so every calendar shows it at the right hour wherever the reader
 * is; {@code METHOD:PUBLISH}, so calendars add it without asking for a reply. Lines end in CRLF,
 * are folded at 75 octets (never inside a UTF-8 character) and text is escaped.
 */
public final class CalendarInvite {

	/** The attachment's file name. */
	public static final String FILE_NAME = "invitation.ics";

	/** The attachment's MIME type. */
	public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
	private static final int FOLD_AT = 75;

	private CalendarInvite() {
	}

	/**
	 * An invitation stamped now.
	 *
	 * @param uid the event's lasting identity (e.g. {@code TKT-7Q2M@canting}): a calendar that already
	 *        holds it updates it instead of adding a second one
	 * @param location where, or {@code null}
	 * @param description more text, or {@code null}
	 * @param url the page of the event or ticket, or {@code null}
	 */
	public static MessagePart of(String uid, String summary, String location, ZonedDateTime start, ZonedDateTime end,
			String description, String url) {
		return of(uid, summary, location, start, end, description, url, Instant.now());
	}

	/** As {@link #of(String, String, String, ZonedDateTime, ZonedDateTime, String, String)}, stamped at {@code stamp}. */
	public static MessagePart of(String uid, String summary, String location, ZonedDateTime start, ZonedDateTime end,
			String description, String url, Instant stamp) {
		if (uid == null || uid.isBlank() || summary == null || summary.isBlank()) {
			throw new IllegalArgumentException("an invitation needs a uid and a summary");
		}
		if (start == null || end == null || end.isBefore(start)) {
			throw new IllegalArgumentException("an invitation needs a start and an end not before it");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Kemenperin//Canting//ID");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "BEGIN:VEVENT");
		line(out, "UID:" + oneLine(uid));
		line(out, "DTSTAMP:" + UTC.format(stamp));
		line(out, "DTSTART:" + UTC.format(start.toInstant()));
		line(out, "DTEND:" + UTC.format(end.toInstant()));
		line(out, "SUMMARY:" + text(summary));
		if (location != null && !location.isBlank()) {
			line(out, "LOCATION:" + text(location));
		}
		if (description != null && !description.isBlank()) {
			line(out, "DESCRIPTION:" + text(description));
		}
		if (url != null && !url.isBlank()) {
			line(out, "URL:" + oneLine(url));
		}
		line(out, "STATUS:CONFIRMED");
		line(out, "TRANSP:OPAQUE");
		line(out, "END:VEVENT");
		line(out, "END:VCALENDAR");
		return new MessagePart(FILE_NAME, CONTENT_TYPE, out.toByteArray());
	}

	/** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma, and line breaks as \n. */
	static String text(String value) {
		return value.strip()
			.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\n")
			.replace("\r", "\n")
			.replace("\n", "\\n");
	}

	private static String oneLine(String value) {
		return value.strip().replaceAll("[\\r\\n]+", " ");
	}

	/**
	 * Writes one content line, folded (RFC 5545 3.1): no line longer than 75 octets before its CRLF;
	 * a continuation starts with one space, which counts towards its 75.
	 */
	static void line(ByteArrayOutputStream out, String content) {
		byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
		int lineLength = 0;
		int i = 0;
		while (i < bytes.length) {
			int charLength = utf8Length(bytes[i]);
			if (lineLength + charLength > FOLD_AT) {
				out.writeBytes(new byte[] { '\r', '\n', ' ' });
				lineLength = 1;
			}
			out.write(bytes, i, charLength);
			lineLength += charLength;
			i += charLength;
		}
		out.writeBytes(new byte[] { '\r', '\n' });
	}

	private static int utf8Length(byte lead) {
		int b = lead & 0xFF;
		if (b >= 0xF0) {
			return 4;
		}
		if (b >= 0xE0) {
			return 3;
		}
		if (b >= 0xC0) {
			return 2;
		}
		return 1;
	}
}
