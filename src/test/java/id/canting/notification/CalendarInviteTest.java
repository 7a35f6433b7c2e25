package id.canting.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CalendarInviteTest {

	static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
	static final Instant STAMP = Instant.parse("2024-09-20T03:04:05Z");

	MessagePart workshop(String summary, String description) {
		return CalendarInvite.of("TKT-7Q2M@canting", summary, "Gedung Smesco, Jakarta",
				ZonedDateTime.of(2024, 10, 3, 9, 0, 0, 0, JAKARTA), ZonedDateTime.of(2024, 10, 3, 12, 30, 0, 0, JAKARTA),
				description, "http://localhost:8080/events/HBN-2024", STAMP);
	}

	@Test
	void isOnePublishedEventWithItsTimesInUtc() {
		MessagePart part = workshop("Workshop pewarna alam", "Bawa kain mori sendiri");
		String ics = new String(part.content(), StandardCharsets.UTF_8);

		assertThat(part.name()).isEqualTo("invitation.ics");
		assertThat(part.contentType()).isEqualTo("text/calendar; charset=UTF-8; method=PUBLISH");
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
			.contains("\r\nMETHOD:PUBLISH\r\n", "\r\nBEGIN:VEVENT\r\n", "\r\nUID:TKT-7Q2M@canting\r\n",
					"\r\nDTSTAMP:20240920T030405Z\r\n", "\r\nDTSTART:20241003T020000Z\r\n",
					"\r\nDTEND:20241003T053000Z\r\n", "\r\nSUMMARY:Workshop pewarna alam\r\n",
					"\r\nLOCATION:Gedung Smesco\\, Jakarta\r\n", "\r\nURL:http://localhost:8080/events/HBN-2024\r\n")
			.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
		assertThat(ics.replace("\r\n", "")).doesNotContain("\r", "\n");
	}

	@Test
	void escapesTextValues() {
		String ics = new String(workshop("FGD; batik, muda \\ tua", "Baris satu\nbaris dua").content(), StandardCharsets.UTF_8);

		assertThat(ics).contains("SUMMARY:FGD\\; batik\\, muda \\\\ tua\r\n", "DESCRIPTION:Baris satu\\nbaris dua\r\n");
	}

	@Test
	void foldsLongLinesAt75OctetsWithoutSplittingACharacter() {
		String longText = "Pelatihan pewarnaan alam — indigo, tingi, jambal, tegeran — untuk perajin batik muda ✓ ".repeat(4);
		byte[] content = workshop("Workshop", longText).content();

		List<byte[]> lines = splitCrlf(content);
		assertThat(lines).allSatisfy(line -> assertThat(line.length).isLessThanOrEqualTo(75));
		// unfolding (dropping CRLF + space) gives the escaped value back, and every line is valid UTF-8
		String unfolded = new String(content, StandardCharsets.UTF_8).replace("\r\n ", "");
		assertThat(unfolded).contains("DESCRIPTION:" + CalendarInvite.text(longText) + "\r\n");
		assertThat(lines).allSatisfy(line -> assertThat(
				StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(line)).toString()).isNotNull());
		assertThat(lines.stream().filter(line -> line.length > 0 && line[0] == ' ').count()).isGreaterThan(3);
	}

	@Test
	void refusesAnEventWithoutSummaryOrEndingBeforeItStarts() {
		ZonedDateTime start = ZonedDateTime.of(2024, 10, 3, 9, 0, 0, 0, JAKARTA);
		assertThatThrownBy(() -> CalendarInvite.of("u", " ", null, start, start, null, null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> CalendarInvite.of("u", "s", null, start, start.minusHours(1), null, null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	// --- a calendar of several events (the business-matching agenda) ---

	@Test
	void calendarWritesLocalTimesWithTheirZoneOnceDescribedAndEachEventsSequence() {
		var meeting = java.time.LocalDateTime.of(2024, 10, 3, 9, 0);
		byte[] file = CalendarInvite.calendar("Temu bisnis HBN 2024 · PT Seragam Haji", JAKARTA, List.of(
				new CalendarInvite.Entry("matching-meeting-1.HBN-2024@canting", 0, "Temu bisnis: Batik Jlamprang",
						"Stan A3 · JCC, Jakarta", meeting, meeting.plusMinutes(20), null, false),
				new CalendarInvite.Entry("matching-meeting-2.HBN-2024@canting", 3, "Dibatalkan: temu bisnis dengan Batik Tuban",
						"JCC, Jakarta", meeting.plusMinutes(20), meeting.plusMinutes(40), "Pesan; panjang, " + "x".repeat(120), true)),
				STAMP);
		String ics = new String(file, StandardCharsets.UTF_8);

		assertThat(splitCrlf(file)).allSatisfy(line -> assertThat(line.length).isLessThanOrEqualTo(75));
		assertThat(ics).contains("\r\nMETHOD:PUBLISH\r\n", "\r\nBEGIN:VTIMEZONE\r\nTZID:Asia/Jakarta\r\n",
				"\r\nTZOFFSETFROM:+0700\r\nTZOFFSETTO:+0700\r\n", "\r\nDTSTART;TZID=Asia/Jakarta:20241003T090000\r\n",
				"\r\nDTEND;TZID=Asia/Jakarta:20241003T092000\r\n", "\r\nUID:matching-meeting-1.HBN-2024@canting\r\nSEQUENCE:0\r\n",
				"\r\nSEQUENCE:3\r\n", "\r\nSTATUS:CANCELLED\r\n", "\r\nSTATUS:CONFIRMED\r\n", "\r\nDTSTAMP:20240920T030405Z\r\n")
			.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
		String unfolded = ics.replace("\r\n ", "");
		assertThat(unfolded).contains("DESCRIPTION:Pesan\\; panjang\\, " + "x".repeat(120) + "\r\n");
		assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(3);
		assertThat(ics.split("BEGIN:VTIMEZONE", -1)).hasSize(2);
	}

	@Test
	void calendarRefusesAZoneThatStillChangesItsOffset() {
		var start = java.time.LocalDateTime.of(2024, 10, 3, 9, 0);
		assertThatThrownBy(() -> CalendarInvite.calendar("x", ZoneId.of("Europe/Amsterdam"),
				List.of(new CalendarInvite.Entry("u", 0, "s", null, start, start, null, false)), STAMP))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new CalendarInvite.Entry("u", -1, "s", null, start, start, null, false))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static List<byte[]> splitCrlf(byte[] content) {
		java.util.ArrayList<byte[]> lines = new java.util.ArrayList<>();
		int from = 0;
		for (int i = 0; i + 1 < content.length; i++) {
			if (content[i] == '\r' && content[i + 1] == '\n') {
				lines.add(Arrays.copyOfRange(content, from, i));
				from = i + 2;
			}
		}
		assertThat(from).as("ends with CRLF").isEqualTo(content.length);
		return lines;
	}
}
