package id.canting.matching.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
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

/**
 * The day's and outcomes' pages in Indonesian and English: the organisers' desk (search, "Hadir", walk-in
 * form), a participant's outcomes page (open checkpoints, a refused report shown again with the error next
 * to its field), and the KPI dashboard with the tables its charts are drawn from.
 */
@CantingTest
@Transactional
class MatchingDayPagesTest {

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

	MatchingDayFixture fixture;
	Day day;

	@BeforeEach
	void day() {
		fixture = new MatchingDayFixture(eventManagement, events, accounts, participants, sessions, slots, meetings, requests);
		day = fixture.create("TEMU-P1");
	}

	private Document page(String url, String user) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(logins.as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	@Test
	void theDeskFindsByCompanyAndChecksInOnce() throws Exception {
		String desk = "/admin/events/" + day.code() + "/matching/check-in";
		Document all = page(desk, "admin");
		assertThat(all.select("h1").text()).startsWith("Meja registrasi temu bisnis");
		assertThat(all.select("#desk-participants tbody tr")).hasSize(3);
		Document found = page(desk + "?q=pekalongan", "admin");
		assertThat(found.select("#desk-participants tbody tr th").eachText()).containsExactly("Batik Uji Pekalongan");
		String button = "#check-in-" + day.seller().id().value();
		assertThat(found.select(button).text()).isEqualTo("Hadir");

		mvc.perform(post(desk + "/" + day.seller().id().value()).param("q", "pekalongan").with(csrf()).with(logins.as("admin")))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(desk + "?q=pekalongan"))
			.andExpect(flash().attribute("notice", "matching.outcome.notice.checked-in"));
		assertThat(page(desk + "?q=pekalongan", "admin").select(button)).isEmpty();
		mvc.perform(post(desk + "/" + day.seller().id().value()).with(csrf()).with(logins.as("admin")))
			.andExpect(flash().attribute("problem", org.hamcrest.Matchers.startsWith("Batik Uji Pekalongan sudah tercatat hadir sejak")));
		Document english = page(desk + "?lang=en", "admin");
		assertThat(english.select("#walk-in").text()).isEqualTo("Walk-in meeting");
		assertThat(english.select("#walk-in-slot option")).hasSizeGreaterThanOrEqualTo(2);
		mvc.perform(get(desk).with(logins.as("officer.33"))).andExpect(status().isForbidden());
	}

	@Test
	void theDeskBooksAWalkInOrSaysWhyNot() throws Exception {
		String url = "/admin/events/" + day.code() + "/matching/walk-ins";
		mvc.perform(post(url).param("buyer", String.valueOf(day.buyer().id().value()))
			.param("seller", String.valueOf(day.seller().id().value())).param("slot", String.valueOf(day.running().id()))
			.with(csrf()).with(logins.as("admin")))
			.andExpect(flash().attribute("notice", "matching.outcome.notice.walk-in"));
		mvc.perform(post(url + "?lang=en").param("buyer", String.valueOf(day.buyer().id().value()))
			.param("seller", String.valueOf(day.boothSeller().id().value())).param("slot", String.valueOf(day.running().id()))
			.with(csrf()).with(logins.as("admin")))
			.andExpect(flash().attribute("problem", "PT Hotel Uji already has a meeting in this slot."));
		mvc.perform(post(url).with(csrf()).with(logins.as("admin")))
			.andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("Pembeli: wajib diisi")));
	}

	@Test
	void aParticipantReportsOnTheOutcomesPageAndSeesARefusalNextToItsField() throws Exception {
		long held = fixture.held(day, day.past()).id().value();
		String url = "/events/" + day.code() + "/matching/outcomes";
		Document page = page(url, "buyer");
		assertThat(page.select("h1").text()).startsWith("Hasil pertemuan saya");
		assertThat(page.select("#meeting-" + held + " h2").text()).isEqualTo("Batik Uji Pekalongan");
		assertThat(page.select("#checkpoint-" + held + " option").eachAttr("value")).containsExactly("AFTER_MEETING");
		assertThat(page.select("#next-" + held).text()).startsWith("Laporan berikutnya: Setelah 1 bulan");

		Document refused = Jsoup.parse(mvc.perform(post(url + "/" + held).param("checkpoint", "AFTER_MEETING")
			.param("result", "ORDER_PLACED").param("valueIdr", "banyak").with(csrf()).with(logins.as("buyer")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(refused.select("#valueIdr-error-" + held).text()).contains("banyak").contains("bukan jumlah rupiah");
		assertThat(refused.select("#valueIdr-" + held).val()).isEmpty();
		assertThat(jdbc.sql("select count(*) from matching_outcome where meeting_id = ?").param(held).query(Long.class).single()).isZero();

		Document missing = Jsoup.parse(mvc.perform(post(url + "/" + held + "?lang=en").param("checkpoint", "AFTER_MEETING")
			.param("result", "ORDER_PLACED").with(csrf()).with(logins.as("buyer")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(missing.select("#valueIdr-error-" + held).text()).isEqualTo("is required for an order placed");

		mvc.perform(post(url + "/" + held).param("checkpoint", "AFTER_MEETING").param("result", "ORDER_PLACED")
			.param("valueIdr", "25.000.000").with(csrf()).with(logins.as("buyer")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "matching.outcome.notice.reported"));
		Document after = page(url + "?lang=en", "buyer");
		assertThat(after.select("#reports-" + held + " tbody tr").text()).contains("After the meeting", "Order placed", "Rp25,000,000");
		assertThat(page(url, "owner").select("#meeting-" + held + " h2").text()).isEqualTo("PT Hotel Uji");
		mvc.perform(get(url).with(logins.as("officer.33"))).andExpect(status().isForbidden());
	}

	@Test
	void theDashboardShowsTheKpisWithTheTablesItsChartsAreDrawnFrom() throws Exception {
		long held = fixture.held(day, day.past()).id().value();
		fixture.placed(day, day.buyer(), day.boothSeller(), day.running(), null);
		jdbc.sql("""
				insert into matching_outcome (meeting_id, side, checkpoint, result, value_idr, reported_at, reported_by)
				values (?, 'SELLER', 'AFTER_MEETING', 'ORDER_PLACED', 15000000, current_timestamp, 'owner')""").param(held).update();
		String url = "/events/" + day.code() + "/matching/dashboard";
		Document page = page(url, "officer.35");
		assertThat(page.select("h1").text()).isEqualTo("Temu bisnis: Pameran " + day.code());
		assertThat(page.select("#figure-placed .value").text()).isEqualTo("2");
		assertThat(page.select("#figure-held .label").text()).isEqualTo("Terlaksana (50,0 % dari yang terjadwal)");
		assertThat(page.select("#figure-deal-value .value").text()).isEqualTo("Rp15.000.000");
		assertThat(page.select("#table-funnel tr[data-key=placed]").attr("data-value")).isEqualTo("2");
		assertThat(page.select("#table-by-province tbody tr").eachAttr("data-key")).containsExactly("33", "35");
		assertThat(page.select("#table-by-province tr[data-key=33]").attr("data-values")).isEqualTo("1,1,0");
		assertThat(page.select("[data-chart-for]")).hasSize(4);
		assertThat(page.select("#download-xlsx").attr("href"))
			.isEqualTo("/events/" + day.code() + "/matching/dashboard/summary.xlsx?lang=id");
		Document english = page(url + "?lang=en", "admin");
		assertThat(english.select("#figure-held .label").text()).isEqualTo("Held (50.0 % of placed)");
		assertThat(english.select("#table-by-buyer-type tr[data-key=HOTEL] th").text()).isEqualTo("Hotel");
		assertThat(english.select("#table-by-category tr[data-key=FABRIC] th").text()).isEqualTo("Fabric");
		mvc.perform(get(url + "/summary.xlsx?lang=en").with(logins.as("admin"))).andExpect(status().isOk());
		for (String user : new String[] { "owner", "buyer", "assessor" }) {
			mvc.perform(get(url).with(logins.as(user))).andExpect(status().isForbidden());
		}
	}
}
