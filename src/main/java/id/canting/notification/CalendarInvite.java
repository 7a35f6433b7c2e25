package id.canting.notification;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;

/**
 * A calendar invitation (an iCalendar file, RFC 5545) to attach to a message, e.g. a workshop seat:
 * one event with its times in UTC, so every calendar shows it at the right hour wherever the reader
 * is; {@code METHOD:PUBLISH}, so calendars add it without asking for a reply. Lines end in CRLF,
 * are folded at 75 octets (never inside a UTF-8 character) and text is escaped. A {@linkplain #calendar
 * calendar of several events} (an agenda) writes local times with their zone instead.
 */
public final class CalendarInvite {

	/** The attachment's file name. */
	public static final String FILE_NAME = "invitation.ics";

	/** The attachment's MIME type, also a {@linkplain #calendar calendar}'s. */
	public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
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

	// --- a calendar of several events (business-matching agendas): local times with their time zone ---

	/**
	 * One event of a {@linkplain #calendar calendar}, e.g. a meeting of an agenda. Its times are local
	 * times on the calendar's clock.
	 *
	 * @param uid the event's lasting identity: a calendar that already holds it updates it instead of
	 *        adding a second one
	 * @param sequence the event's revision, 0 first: raised whenever its time or place changes, so a
	 *        calendar takes the newer version of an event it holds
	 * @param location where, or {@code null}
	 * @param description more text, or {@code null}
	 * @param cancelled the event no longer takes place: written as {@code STATUS:CANCELLED}, so a calendar
	 *        that holds it takes it off
	 */
	public record Entry(String uid, int sequence, String summary, String location, LocalDateTime start,
			LocalDateTime end, String description, boolean cancelled) {

		public Entry {
			if (uid == null || uid.isBlank() || summary == null || summary.isBlank()) {
				throw new IllegalArgumentException("a calendar entry needs a uid and a summary");
			}
			if (start == null || end == null || end.isBefore(start) || sequence < 0) {
				throw new IllegalArgumentException("a calendar entry needs a start, an end not before it and a sequence of 0 or more");
			}
		}
	}

	/**
	 * A calendar file of several events ({@code METHOD:PUBLISH}), named {@code name} for the calendars
	 * that show a name, with every time written on the clock of {@code zone} ({@code TZID}) and the zone
	 * described once ({@code VTIMEZONE}), so an event reads 09:00 in Jakarta whatever the reader's clock.
	 * Lines are folded and text escaped as in {@link #of}.
	 *
	 * @param zone a zone whose offset no longer changes after {@code stamp} (Asia/Jakarta, UTC+7): its
	 *        description is that one offset
	 * @throws IllegalArgumentException for a zone with daylight saving ahead
	 */
	public static byte[] calendar(String name, ZoneId zone, List<Entry> entries, Instant stamp) {
		ZoneRules rules = zone.getRules();
		if (rules.nextTransition(stamp) != null) {
			throw new IllegalArgumentException("a calendar describes only a zone of one offset; " + zone + " changes");
		}
		String offset = rules.getOffset(stamp).getId().replace(":", "").replace("Z", "+0000");
		String tzid = zone.getId();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Kemenperin//Canting//ID");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "X-WR-CALNAME:" + text(name));
		line(out, "X-WR-TIMEZONE:" + tzid);
		line(out, "BEGIN:VTIMEZONE");
		line(out, "TZID:" + tzid);
		line(out, "BEGIN:STANDARD");
		line(out, "DTSTART:19700101T000000");
		line(out, "TZOFFSETFROM:" + offset);
		line(out, "TZOFFSETTO:" + offset);
		line(out, "TZNAME:" + text(zone.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)));
		line(out, "END:STANDARD");
		line(out, "END:VTIMEZONE");
		for (Entry entry : entries) {
			line(out, "BEGIN:VEVENT");
			line(out, "UID:" + oneLine(entry.uid()));
			line(out, "SEQUENCE:" + entry.sequence());
			line(out, "DTSTAMP:" + UTC.format(stamp));
			line(out, "DTSTART;TZID=" + tzid + ":" + LOCAL.format(entry.start()));
			line(out, "DTEND;TZID=" + tzid + ":" + LOCAL.format(entry.end()));
			line(out, "SUMMARY:" + text(entry.summary()));
			if (entry.location() != null && !entry.location().isBlank()) {
				line(out, "LOCATION:" + text(entry.location()));
			}
			if (entry.description() != null && !entry.description().isBlank()) {
				line(out, "DESCRIPTION:" + text(entry.description()));
			}
			line(out, "STATUS:" + (entry.cancelled() ? "CANCELLED" : "CONFIRMED"));
			line(out, "TRANSP:" + (entry.cancelled() ? "TRANSPARENT" : "OPAQUE"));
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toByteArray();
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
