package id.canting.matching.web;

import static id.canting.ApiDocumentCheck.offTheDocument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;
import id.canting.event.Events;
import id.canting.event.internal.EventManagement;
import id.canting.matching.internal.MatchingParticipantRepository;
import id.canting.matching.internal.MatchingSessionRepository;
import id.canting.matching.internal.MatchingSlotRepository;
import id.canting.matching.internal.MeetingRepository;
import id.canting.matching.internal.MeetingRequestRepository;
import id.canting.matching.internal.outcome.MatchingDayFixture;
import id.canting.matching.internal.outcome.MatchingDayFixture.Day;
import id.canting.matching.internal.outcome.OutcomeReminderJob;

/**
 * Outcomes, KPIs and reminders through {@code /api/v1}: each side reports a held meeting at an open
 * checkpoint (a second report corrects the first); the summary counts the deal once per meeting (the
 * larger side's latest value); the XLSX reads back with POI; the reminder job writes one e-mail per
 * side and checkpoint, once.
 */
@CantingTest
@Transactional
class MatchingOutcomeApiTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestLogins logins;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	EventManagement eventManagement;
	@Autowired
	Events events;
	@Autowired
	AccountSessions accounts;
	@Autowired
	MatchingParticipantRepository participants;
	@Autowired
	MatchingSessionRepository sessions;
	@Autowired
	MatchingSlotRepository slots;
	@Autowired
	MeetingRepository meetings;
	@Autowired
	MeetingRequestRepository requests;
	@Autowired
	OutcomeReminderJob reminders;

	MatchingDayFixture fixture;
	Day day;

	@BeforeEach
	void day() {
		fixture = new MatchingDayFixture(eventManagement, events, accounts, participants, sessions, slots, meetings, requests);
		day = fixture.create("TEMU-O1");
	}

	@Test
	void eachSideReportsAtAnOpenCheckpointAndASecondReportCorrectsTheFirst() throws Exception {
		long held = fixture.held(day, day.past()).id().value();
		long notHeld = fixture.placed(day, day.buyer(), day.boothSeller(), day.running(), null).id().value();

		outcome(held, "buyer", "{\"checkpoint\": \"AFTER_MEETING\", \"result\": \"ORDER_PLACED\", \"valueIdr\": 10000000}")
			.andExpect(status().isCreated()).andExpect(jsonPath("$.side").value("BUYER"))
			.andExpect(jsonPath("$.corrected").value(false));
		outcome(held, "buyer", "{\"checkpoint\": \"AFTER_MEETING\", \"result\": \"ORDER_PLACED\", \"valueIdr\": 12000000, \"note\": \"dikoreksi\"}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.corrected").value(true))
			.andExpect(jsonPath("$.valueIdr").value(12000000));
		outcome(held, "owner", "{\"checkpoint\": \"AFTER_MEETING\", \"result\": \"ORDER_PLACED\", \"valueIdr\": 15000000}")
			.andExpect(status().isCreated()).andExpect(jsonPath("$.side").value("SELLER"));

		outcome(held, "buyer", "{\"checkpoint\": \"MONTH_1\", \"result\": \"IN_TALKS\"}")
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail", containsString("opens on")));
		outcome(held, "buyer", "{\"checkpoint\": \"AFTER_MEETING\", \"result\": \"ORDER_PLACED\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("valueIdr"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/events/" + day.code() + "/matching/meetings/" + held + "/outcome").with(logins.as("buyer"))
			.with(offTheDocument()) // a checkpoint the API does not offer
			.contentType(MediaType.APPLICATION_JSON).content("{\"checkpoint\": \"MONTH_2\", \"result\": \"IN_TALKS\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("checkpoint"));
		outcome(notHeld, "buyer", "{\"checkpoint\": \"AFTER_MEETING\", \"result\": \"IN_TALKS\"}")
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail", containsString("held meetings")));
		outcome(held, "officer.33", "{\"checkpoint\": \"AFTER_MEETING\", \"result\": \"IN_TALKS\"}").andExpect(status().isForbidden());
		outcome(held, "admin", "{\"checkpoint\": \"AFTER_MEETING\", \"result\": \"IN_TALKS\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("side"));

		assertThat(jdbc.sql("select count(*) from matching_outcome where meeting_id = ?").param(held).query(Long.class).single())
			.isEqualTo(2);
		assertThat(jdbc.sql("select action from audit_entry where entity_type = 'matching_meeting' and entity_id = ? order by id")
			.param(String.valueOf(held)).query(String.class).list())
			.containsSubsequence("OUTCOME_REPORTED", "OUTCOME_CORRECTED", "OUTCOME_REPORTED");
	}

	@Test
	void theSummaryCountsTheDealOncePerMeetingForOrganisersAndOfficers() throws Exception {
		long held = fixture.held(day, day.past()).id().value();
		fixture.placed(day, day.buyer(), day.boothSeller(), day.running(), null);
		outcome(held, "buyer", "{\"checkpoint\": \"AFTER_MEETING\", \"result\": \"ORDER_PLACED\", \"valueIdr\": 12000000}");
		outcome(held, "owner", "{\"checkpoint\": \"AFTER_MEETING\", \"result\": \"ORDER_PLACED\", \"valueIdr\": 15000000}");

		mvc.perform(get("/api/v1/events/" + day.code() + "/matching/summary").with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.requested").value(2)).andExpect(jsonPath("$.accepted").value(2))
			.andExpect(jsonPath("$.placed").value(2)).andExpect(jsonPath("$.held").value(1))
			.andExpect(jsonPath("$.noShows").value(0)).andExpect(jsonPath("$.deals").value(1))
			.andExpect(jsonPath("$.dealValueIdr").value(15000000))
			.andExpect(jsonPath("$.byProvince[?(@.code == '33')].figures.dealValueIdr").value(15000000))
			.andExpect(jsonPath("$.byBuyerType[?(@.buyerType == 'HOTEL')].figures.placed").value(2))
			.andExpect(jsonPath("$.byCategory[?(@.category == 'CLOTHING')].figures.held").value(1));
		mvc.perform(get("/api/v1/events/" + day.code() + "/matching/summary").with(logins.as("officer.35")))
			.andExpect(status().isOk());
		for (String user : new String[] { "owner", "buyer", "assessor" }) {
			mvc.perform(get("/api/v1/events/" + day.code() + "/matching/summary").with(logins.as(user)))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/v1/events/TIDAK-ADA/matching/summary").with(logins.as("admin"))).andExpect(status().isNotFound());
	}

	@Test
	void theWorkbookReadsBackWithItsSheetsAndNoContactData() throws Exception {
		long held = fixture.held(day, day.past()).id().value();
		outcome(held, "owner", "{\"checkpoint\": \"AFTER_MEETING\", \"result\": \"ORDER_PLACED\", \"valueIdr\": 15000000}");
		byte[] file = mvc.perform(get("/api/v1/events/" + day.code() + "/matching/summary.xlsx?lang=en").with(logins.as("officer.33")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("business-matching-" + day.code() + ".xlsx")))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			List<String> names = new ArrayList<>();
			book.forEach(s -> names.add(s.getSheetName()));
			assertThat(names).containsExactly("Totals", "By province", "By category", "By buyer type", "Meetings");
			Sheet totals = book.getSheet("Totals");
			assertThat(cellTexts(totals)).contains("Held", "Deal value (Rp)");
			assertThat(valueOf(totals, "Deal value (Rp)")).isEqualTo(15_000_000d);
			Sheet list = book.getSheet("Meetings");
			assertThat(list.getLastRowNum()).isEqualTo(1);
			assertThat(cellTexts(list)).contains("PT Hotel Uji", "Batik Uji Pekalongan", "Held")
				.doesNotContain("pembeli@example.com", "penjual@example.com", "Ibu Uji", "Pak Uji");
		}
		byte[] indonesian = mvc.perform(get("/api/v1/events/" + day.code() + "/matching/summary.xlsx").with(logins.as("admin")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(indonesian))) {
			assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Total");
		}
	}

	@Test
	void theReminderJobWritesOneMailPerSideAndCheckpointOnce() throws Exception {
		long held = fixture.held(day, day.past()).id().value();
		outcome(held, "buyer", "{\"checkpoint\": \"AFTER_MEETING\", \"result\": \"IN_TALKS\"}").andExpect(status().isCreated());
		long before = mails();

		int first = reminders.run();
		assertThat(first).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.sql("select count(*) from matching_outcome_reminder where meeting_id = ?").param(held)
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select side from matching_outcome_reminder where meeting_id = ?").param(held)
			.query(String.class).single()).isEqualTo("SELLER");
		assertThat(jdbc.sql("select subject from notification_message where topic = 'matching.outcome-reminder' and reference = ?")
			.param(held + "/SELLER/AFTER_MEETING").query(String.class).single()).contains("PT Hotel Uji");
		assertThat(mails()).isEqualTo(before + first);
		assertThat(reminders.run()).isZero();
	}

	private long mails() {
		return jdbc.sql("select count(*) from notification_message where topic = 'matching.outcome-reminder'")
			.query(Long.class).single();
	}

	private static List<String> cellTexts(Sheet sheet) {
		List<String> texts = new ArrayList<>();
		for (Row row : sheet) {
			row.forEach(c -> texts.add(c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING ? c.getStringCellValue() : ""));
		}
		return texts;
	}

	private static double valueOf(Sheet sheet, String item) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && item.equals(row.getCell(0).getStringCellValue())) {
				return row.getCell(1).getNumericCellValue();
			}
		}
		throw new AssertionError("no row " + item);
	}

	private ResultActions outcome(long meeting, String user, String body) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/events/" + day.code() + "/matching/meetings/" + meeting + "/outcome?lang=en").with(logins.as(user))
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}
}
