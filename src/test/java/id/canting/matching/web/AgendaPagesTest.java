package id.canting.matching.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;
import id.canting.event.internal.EventInput;
import id.canting.event.internal.EventManagement;
import id.canting.matching.internal.agenda.AgendaTestData;
import id.canting.shared.Actor;

/**
 * The agenda room's pages in both languages: a participant's agenda with its download buttons (and
 * the files they fetch), the organisers' grid, and the public meeting points in booth order (none for
 * an event the public may not see).
 */
@CantingTest
@Transactional
class AgendaPagesTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestLogins logins;
	@Autowired
	AccountSessions sessions;
	@Autowired
	ApplicationContext context;
	@Autowired
	JdbcClient jdbc;

	AgendaTestData.Made made;

	@BeforeEach
	void matching() {
		long ownerIkm = sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
		made = new AgendaTestData(context).create("AGENDA-P1", ownerIkm);
	}

	@Test
	void buyerSeesTheAgendaWithDownloadsInBothLanguages() throws Exception {
		Document en = page("/events/AGENDA-P1/matching/agenda?lang=en", "buyer");
		assertThat(en.select("h1").text()).isEqualTo("Business-matching agenda");
		assertThat(en.select("#agenda-meetings > li")).hasSize(2);
		assertThat(en.select("#agenda-meetings > li").get(0).text()).contains("09:00–09:20 WIB", "Batik Jlamprang Pekalongan",
				"Booth A3", "Must meet");
		assertThat(en.select("#agenda-meetings > li").get(1).text()).contains("Batik Gedhog Tuban", "Table 2", "Scheduled");
		String pdf = en.select("#download-pdf").attr("href");
		String ics = en.select("#download-ics").attr("href");
		assertThat(pdf).contains("/events/AGENDA-P1/matching/agenda.pdf", "lang=en");
		assertThat(ics).contains("/events/AGENDA-P1/matching/agenda.ics");
		assertThat(en.select("#meeting-points-link").attr("href")).isEqualTo("/events/AGENDA-P1/matching/meeting-points");

		Document id = page("/events/AGENDA-P1/matching/agenda?lang=id", "buyer");
		assertThat(id.select("h1").text()).isEqualTo("Agenda temu bisnis");
		assertThat(id.select("#agenda-meetings").text()).contains("Stan A3", "Meja 2", "Terjadwal", "Wajib bertemu");
		assertThat(id.select("#download-ics").text()).isEqualTo("Tambahkan ke kalender (ICS)");

		mvc.perform(get(pdf).with(logins.as("buyer"))).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		mvc.perform(get(ics).with(logins.as("buyer"))).andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".ics")));
	}

	@Test
	void sellerSeesUnplacedMeetingsApartAndOthersAreRefused() throws Exception {
		long tableSeller = made.tableSeller().id().value();
		Document admin = page("/events/AGENDA-P1/matching/agenda?lang=en&participant=" + tableSeller, "admin");
		assertThat(admin.select("#agenda-who").text()).contains("Batik Gedhog Tuban", "Seller (IKM)");
		assertThat(admin.select("#agenda-unplaced li").text()).isEqualTo("Hotel Mutiara Bali");
		assertThat(page("/events/AGENDA-P1/matching/agenda?lang=id", "owner").select("#agenda-meetings > li")).hasSize(2);
		assertThat(page("/events/AGENDA-P1/matching/agenda?lang=en", "officer.33").select("#no-agenda").text())
			.contains("not a business-matching participant");
		mvc.perform(get("/events/AGENDA-P1/matching/agenda?participant=" + tableSeller).with(logins.as("officer.33")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/events/AGENDA-P1/matching/agenda?participant=" + tableSeller).with(logins.as("officer.35")))
			.andExpect(status().isOk());
		mvc.perform(get("/events/AGENDA-P1/matching/agenda").with(logins.as("assessor"))).andExpect(status().isForbidden());
	}

	@Test
	void organisersGridShowsSlotsByTablesAndBooths() throws Exception {
		Document en = page("/admin/events/AGENDA-P1/matching/grid?lang=en", "admin");
		assertThat(en.select("#grid-count").text()).isEqualTo("3 meetings scheduled, 1 not yet in a slot.");
		assertThat(en.select("h2").first().text()).startsWith("Business matching day 1");
		var rows = en.select("table.grid-table tbody tr");
		assertThat(rows).hasSize(6);
		assertThat(en.select("table.grid-table thead th").eachText()).containsExactly("Time", "Table 1", "Table 2",
				"At sellers' booths");
		assertThat(rows.get(0).text()).contains("09:00–09:20", "A3: PT Seragam Haji Nusantara × Batik Jlamprang Pekalongan");
		assertThat(rows.get(1).select("td").get(1).text()).contains("PT Seragam Haji Nusantara × Batik Gedhog Tuban");
		assertThat(rows.get(1).text()).contains("Hotel Mutiara Bali × Batik Jlamprang Pekalongan", "Locked");
		assertThat(en.select("#grid-unplaced tbody tr").text()).contains("Hotel Mutiara Bali", "Batik Gedhog Tuban",
				"Would like to meet");
		Document id = page("/admin/events/AGENDA-P1/matching/grid?lang=id", "admin");
		assertThat(id.select("table.grid-table thead th").eachText()).contains("Meja 1", "Di stan penjual");
		mvc.perform(get("/admin/events/AGENDA-P1/matching/grid").with(logins.as("officer.33")))
			.andExpect(status().isForbidden());
	}

	@Test
	void meetingPointsArePublicInBoothOrderWithBusinessNamesOnly() throws Exception {
		Document en = Jsoup.parse(mvc.perform(get("/events/AGENDA-P1/matching/meeting-points?lang=en"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(en.select("h1").text()).isEqualTo("Business-matching meeting points");
		assertThat(en.select("#meeting-points tbody tr").eachText()).containsExactly("A3 Batik Jlamprang Pekalongan",
				"A10 Batik Trusmi Cirebon");
		assertThat(en.text()).doesNotContain("Pak Ahmad", "Batik Gedhog Tuban");
		Document id = Jsoup.parse(mvc.perform(get("/events/AGENDA-P1/matching/meeting-points?lang=id"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(id.select("h1").text()).isEqualTo("Titik temu bisnis");

		var day = made.day().toString();
		context.getBean(EventManagement.class).create(Actor.SYSTEM, new EventInput("AGENDA-P2", "Draf", "EXHIBITION",
				"JCC", "Jakarta", "31", day, day, "Kemenperin", "", "Draf", null, null, null));
		mvc.perform(get("/events/AGENDA-P2/matching/meeting-points")).andExpect(status().isNotFound());
		mvc.perform(get("/events/NOPE-9/matching/meeting-points")).andExpect(status().isNotFound());
	}

	@Test
	void aParticipantMarksAMeetingFromTheAgendaOnlyOnceItsSlotHasBegun() throws Exception {
		long meeting = made.atBooth().id().value();
		Document own = page("/events/AGENDA-P1/matching/agenda?lang=id", "buyer");
		assertThat(own.select("#mark-HELD-" + meeting).text()).isEqualTo("Terlaksana");
		assertThat(own.select("#mark-NO_SHOW-" + meeting).text()).isEqualTo("Pihak lain tidak hadir");
		// the organiser reading someone's agenda marks at the desk instead, naming the side
		assertThat(page("/events/AGENDA-P1/matching/agenda?participant=" + made.buyer().id().value(), "admin")
			.select("#mark-HELD-" + meeting)).isEmpty();
		// the slot is 30 days ahead: refused with the rule's sentence, and the meeting is unchanged
		mvc.perform(post("/events/AGENDA-P1/matching/meetings/" + meeting + "/attendance").param("mark", "held")
			.with(logins.as("buyer")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/events/AGENDA-P1/matching/agenda#meeting-" + meeting))
			.andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("WIB")));
		assertThat(jdbc.sql("select coalesce(buyer_checked, '-') from matching_meeting where id = ?").param(meeting)
			.query(String.class).single()).isEqualTo("-");
	}

	private Document page(String url, String user) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(logins.as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}
}
