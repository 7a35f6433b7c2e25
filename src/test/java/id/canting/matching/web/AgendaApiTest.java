package id.canting.matching.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.format.DateTimeFormatter;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;
import id.canting.matching.internal.agenda.AgendaTestData;
import id.canting.matching.internal.agenda.IcsFile;

/**
 * Agendas through {@code /api/v1}: JSON in slot order with the place in words, the PDF's text, the
 * calendar file read back (folding, TZID, stable UIDs; a moved meeting's SEQUENCE goes up, a cancelled
 * one is sent as cancelled), who may read which agenda, and the organisers' grid.
 */
@CantingTest
@Transactional
class AgendaApiTest {

	static final DateTimeFormatter ICS_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

	@Autowired
	MockMvc mvc;
	@Autowired
	TestLogins logins;
	@Autowired
	AccountSessions sessions;
	@Autowired
	ApplicationContext context;

	AgendaTestData data;
	AgendaTestData.Made made;

	@BeforeEach
	void matching() {
		data = new AgendaTestData(context);
		long ownerIkm = sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
		made = data.create("AGENDA-A1", ownerIkm);
	}

	String api(String file, long participant) {
		return "/api/v1/events/AGENDA-A1/matching/" + file + "?participant=" + participant;
	}

	@Test
	void buyersAgendaListsTheMeetingsBySlotWithThePlaceInWords() throws Exception {
		mvc.perform(get(api("agenda", made.buyer().id().value()) + "&lang=en").with(logins.as("buyer")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.side").value("BUYER"))
			.andExpect(jsonPath("$.meetings", hasSize(2)))
			.andExpect(jsonPath("$.meetings[0].counterpart").value("Batik Jlamprang Pekalongan"))
			.andExpect(jsonPath("$.meetings[0].placeKind").value("BOOTH"))
			.andExpect(jsonPath("$.meetings[0].booth").value("A3"))
			.andExpect(jsonPath("$.meetings[0].place").value("Booth A3"))
			.andExpect(jsonPath("$.meetings[0].startsAt").value(made.day() + "T09:00:00+07:00"))
			.andExpect(jsonPath("$.meetings[0].time", containsString("09:00–09:20 WIB")))
			.andExpect(jsonPath("$.meetings[0].mustMeet").value(true))
			.andExpect(jsonPath("$.meetings[1].counterpart").value("Batik Gedhog Tuban"))
			.andExpect(jsonPath("$.meetings[1].placeKind").value("TABLE"))
			.andExpect(jsonPath("$.meetings[1].tableNo").value(2))
			.andExpect(jsonPath("$.meetings[1].booth").value(nullValue()))
			.andExpect(jsonPath("$.meetings[1].place").value("Table 2"))
			.andExpect(jsonPath("$.meetings[1].status").value("ACCEPTED"))
			.andExpect(jsonPath("$.unplaced", hasSize(0)));
		// without a participant: the caller's own; in Indonesian the table is a "Meja"
		mvc.perform(get("/api/v1/events/AGENDA-A1/matching/agenda?lang=id").with(logins.as("buyer")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.participantId").value(made.buyer().id().value()))
			.andExpect(jsonPath("$.meetings[1].place").value("Meja 2"))
			.andExpect(jsonPath("$.meetings[0].place").value("Stan A3"));
	}

	@Test
	void sellersAgendaShowsBothBuyersAndTheUnplacedOnesAreListedApart() throws Exception {
		mvc.perform(get(api("agenda", made.boothSeller().id().value())).with(logins.as("owner")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.meetings", hasSize(2)))
			.andExpect(jsonPath("$.meetings[0].counterpart").value("PT Seragam Haji Nusantara"))
			.andExpect(jsonPath("$.meetings[1].counterpart").value("Hotel Mutiara Bali"))
			.andExpect(jsonPath("$.meetings[1].locked").value(true));
		mvc.perform(get(api("agenda", made.tableSeller().id().value())).with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.meetings", hasSize(1)))
			.andExpect(jsonPath("$.unplaced", hasSize(1)))
			.andExpect(jsonPath("$.unplaced[0].counterpart").value("Hotel Mutiara Bali"))
			.andExpect(jsonPath("$.unplaced[0].startsAt").value(nullValue()));
	}

	@Test
	void onlyTheParticipantOrganisersAndTheSellersProvinceOfficerReadAnAgenda() throws Exception {
		long seller = made.boothSeller().id().value();
		long buyer = made.buyer().id().value();
		mvc.perform(get(api("agenda", seller)).with(logins.as("officer.33"))).andExpect(status().isOk());
		mvc.perform(get(api("agenda", seller) + "&lang=en").with(logins.as("officer.35")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("officers of the seller's province")));
		mvc.perform(get(api("agenda", seller)).with(logins.as("buyer"))).andExpect(status().isForbidden());
		mvc.perform(get(api("agenda", buyer)).with(logins.as("owner"))).andExpect(status().isForbidden());
		mvc.perform(get(api("agenda", buyer)).with(logins.as("officer.33"))).andExpect(status().isForbidden());
		mvc.perform(get(api("agenda.ics", buyer)).with(logins.as("assessor"))).andExpect(status().isForbidden());
		mvc.perform(get(api("agenda.pdf", buyer))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/events/AGENDA-A1/matching/agenda").with(logins.as("admin")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/events/HBN-2024/matching/agenda?participant=" + buyer).with(logins.as("admin")))
			.andExpect(status().isNotFound());
	}

	@Test
	void pdfHoldsTheMeetingsInTheAskedLanguage() throws Exception {
		byte[] en = mvc.perform(get(api("agenda.pdf", made.buyer().id().value()) + "&lang=en").with(logins.as("buyer")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("agenda-AGENDA-A1-")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(text(en)).contains("Business-matching agenda", "PT Seragam Haji Nusantara", "Batik Jlamprang Pekalongan",
				"Booth A3", "Batik Gedhog Tuban", "Table 2", "09:00–09:20 WIB", "09:20–09:40 WIB", "Scheduled");
		byte[] id = mvc.perform(get(api("agenda.pdf", made.boothSeller().id().value()) + "&lang=id").with(logins.as("owner")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(text(id)).contains("Agenda temu bisnis", "Stan A3", "Hotel Mutiara Bali", "Dikunci");
		// the agenda's own URL answers the file the Accept header asks for
		byte[] negotiated = mvc.perform(get(api("agenda", made.buyer().id().value()) + "&lang=en")
			.accept("application/pdf").with(logins.as("buyer")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(text(negotiated)).contains("Business-matching agenda", "Booth A3");
		byte[] calendar = mvc.perform(get(api("agenda", made.buyer().id().value())).accept("text/calendar")
			.with(logins.as("buyer")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(IcsFile.parse(calendar).events()).hasSize(2);
	}

	@Test
	void calendarFileHasOneEventPerPlacedMeetingOnTheJakartaClockAndUpdatesWhatMoved() throws Exception {
		long buyer = made.buyer().id().value();
		String day = ICS_DAY.format(made.day());
		String boothUid = "matching-meeting-" + made.atBooth().id().value() + ".AGENDA-A1@canting";
		String tableUid = "matching-meeting-" + made.atTable().id().value() + ".AGENDA-A1@canting";

		IcsFile first = ics(buyer, "en");
		assertThat(first.events()).hasSize(2);
		assertThat(first.components().get(0).name()).isEqualTo("VTIMEZONE");
		assertThat(first.components().get(0).value("TZID")).isEqualTo("Asia/Jakarta");
		assertThat(first.lines()).contains("METHOD:PUBLISH", "TZOFFSETTO:+0700");
		IcsFile.Component booth = first.event(boothUid);
		assertThat(booth.properties().get("DTSTART").parameters()).containsEntry("TZID", "Asia/Jakarta");
		assertThat(booth.value("DTSTART")).isEqualTo(day + "T090000");
		assertThat(booth.value("DTEND")).isEqualTo(day + "T092000");
		assertThat(booth.value("SEQUENCE")).isEqualTo("0");
		assertThat(booth.value("SUMMARY")).isEqualTo("Business meeting: Batik Jlamprang Pekalongan");
		assertThat(booth.value("LOCATION")).isEqualTo("Booth A3 · Gedung Smesco\\, Jakarta");
		assertThat(booth.value("STATUS")).isEqualTo("CONFIRMED");
		assertThat(first.event(tableUid).value("LOCATION")).startsWith("Table 2");

		// downloading again without a change: the same UIDs and sequences
		assertThat(ics(buyer, "en").event(tableUid).value("SEQUENCE")).isEqualTo("0");

		// the scheduler moves the table meeting to slot 3, table 1; the booth meeting is cancelled
		data.move(made.atTable(), made.slots().get(3), 1);
		data.cancel(made.atBooth());
		IcsFile after = ics(buyer, "id");
		assertThat(after.events()).hasSize(2);
		IcsFile.Component moved = after.event(tableUid);
		assertThat(moved.value("SEQUENCE")).isEqualTo("1");
		assertThat(moved.value("DTSTART")).isEqualTo(day + "T100000");
		assertThat(moved.value("LOCATION")).startsWith("Meja 1");
		IcsFile.Component cancelled = after.event(boothUid);
		assertThat(cancelled.value("STATUS")).isEqualTo("CANCELLED");
		assertThat(cancelled.value("SEQUENCE")).isEqualTo("1");
		assertThat(cancelled.value("DTSTART")).isEqualTo(day + "T090000");

		// and once more: nothing changed since, nothing goes up
		IcsFile again = ics(buyer, "id");
		assertThat(again.event(tableUid).value("SEQUENCE")).isEqualTo("1");
		assertThat(again.event(boothUid).value("SEQUENCE")).isEqualTo("1");
	}

	@Test
	void gridShowsTablesAndBoothsPerSlotAndTheUnplacedForOrganisersOnly() throws Exception {
		mvc.perform(get("/api/v1/events/AGENDA-A1/matching/grid?lang=en").with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.placed").value(3))
			.andExpect(jsonPath("$.sessions", hasSize(1)))
			.andExpect(jsonPath("$.sessions[0].title").value("Business matching day 1"))
			.andExpect(jsonPath("$.sessions[0].tables").value(2))
			.andExpect(jsonPath("$.sessions[0].slots", hasSize(6)))
			.andExpect(jsonPath("$.sessions[0].slots[0].tables", hasSize(2)))
			.andExpect(jsonPath("$.sessions[0].slots[0].tables[0].meeting").value(nullValue()))
			.andExpect(jsonPath("$.sessions[0].slots[0].booths[0].booth").value("A3"))
			.andExpect(jsonPath("$.sessions[0].slots[0].booths[0].buyer").value("PT Seragam Haji Nusantara"))
			.andExpect(jsonPath("$.sessions[0].slots[1].tables[1].meeting.seller").value("Batik Gedhog Tuban"))
			.andExpect(jsonPath("$.sessions[0].slots[1].booths[0].buyer").value("Hotel Mutiara Bali"))
			.andExpect(jsonPath("$.sessions[0].slots[1].booths[0].locked").value(true))
			.andExpect(jsonPath("$.unplaced", hasSize(1)))
			.andExpect(jsonPath("$.unplaced[0].seller").value("Batik Gedhog Tuban"));
		mvc.perform(get("/api/v1/events/AGENDA-A1/matching/grid").with(logins.as("officer.33")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/events/AGENDA-A1/matching/grid").with(logins.as("buyer")))
			.andExpect(status().isForbidden());
	}

	private IcsFile ics(long participant, String lang) throws Exception {
		byte[] body = mvc.perform(get(api("agenda.ics", participant) + "&lang=" + lang).with(logins.as("buyer")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andReturn().getResponse().getContentAsByteArray();
		return IcsFile.parse(body);
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}
}
