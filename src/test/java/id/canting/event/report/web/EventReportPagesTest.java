package id.canting.event.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.event.internal.EventManagement;
import id.canting.event.report.internal.ReportFigureStubs;
import id.canting.event.report.internal.ReportTestEvents;

/**
 * The organisers' dashboard and report pages of the events in {@link ReportTestEvents}, in Indonesian
 * and English: headline figures, each chart with the table it is drawn from, the downloads; other
 * roles are refused.
 */
@CantingTest
@Transactional
class EventReportPagesTest {

	static final String CLOSED = ReportTestEvents.CLOSED.value();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	EventManagement events;

	@BeforeEach
	void events() {
		ReportTestEvents.create(events);
	}

	@AfterEach
	void forget() {
		ReportFigureStubs.clear();
	}

	private Document page(String url) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(logins.as("admin")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
	}

	@Test
	void theDashboardShowsTheFiguresWithTheTablesTheChartsAreDrawnFrom() throws Exception {
		Document page = page("/events/" + CLOSED + "/dashboard");
		assertThat(page.select("h1").text()).isEqualTo("Dasbor: " + ReportTestEvents.NAME);
		assertThat(page.select("#figure-exhibitors .value").text()).isEqualTo("5");
		assertThat(page.select("#figure-provinces .value").text()).isEqualTo("3");
		assertThat(page.select("#figure-prison-units .value").text()).isEqualTo("1");
		assertThat(page.select("#figure-women-owned .value").text()).isEqualTo("2");
		assertThat(page.select("#figure-women-owned .label").text()).contains("40,0 %");
		assertThat(page.select("#figure-registrations .value").text()).isEqualTo("50");
		assertThat(page.select("#figure-registrations .label").text()).isEqualTo("Pendaftaran untuk 70 kursi (71,4 % terisi)");
		assertThat(page.select("#figure-attendance .value").text()).isEqualTo("40");
		assertThat(page.select("[data-chart-for=table-sessions]").attr("data-series")).isEqualTo("Kapasitas|Pendaftaran|Kehadiran");
		assertThat(page.select("#table-sessions tbody tr").first().attr("data-values")).isEqualTo("40,40,31");
		var fgd = page.select("#table-sessions tbody tr").first().select("td");
		assertThat(fgd.get(0).text()).isEqualTo("Diskusi kelompok terpumpun (FGD)");
		assertThat(fgd.get(1).text()).endsWith("WIB");
		assertThat(fgd.eachText().subList(2, 8)).containsExactly("40", "40", "100,0 %", "5", "31", "77,5 %");
		assertThat(page.select("#sessions-total td").eachText()).contains("70", "50", "71,4 %", "40", "80,0 %");
		assertThat(page.select("#table-by-province tbody tr").eachAttr("data-key")).containsExactly("33", "32", "34");
		assertThat(page.select("#table-by-province tbody tr").first().text()).isEqualTo("Jawa Tengah 3");
		assertThat(page.select("#table-by-kind tr[data-key=PRISON_UNIT]").text()).isEqualTo("Binaan lapas 1");
		assertThat(page.select("#table-by-category tr[data-key=FABRIC]").attr("data-value")).isEqualTo("4");
		assertThat(page.select("#table-women tbody tr").eachAttr("data-value")).containsExactly("2", "3");
		assertThat(page.select("[data-chart-for]")).hasSize(5);
		assertThat(page.select("#link-report").attr("href")).isEqualTo("/events/" + CLOSED + "/report");
		// no list of exhibitors on the dashboard: that is the report's
		assertThat(page.select("#table-exhibitors")).isEmpty();
	}

	@Test
	void theDashboardReadsInEnglish() throws Exception {
		Document page = page("/events/" + CLOSED + "/dashboard?lang=en");
		assertThat(page.select("h1").text()).isEqualTo("Dashboard: " + ReportTestEvents.NAME);
		assertThat(page.select("#figure-registrations .label").text()).isEqualTo("Registrations for 70 seats (71.4 % filled)");
		assertThat(page.select("#table-sessions tbody tr th").eachText())
			.containsExactly("FGD on batik preservation", "Natural-dye workshop");
		assertThat(page.select("#table-by-kind tr[data-key=PRISON_UNIT] th").text()).isEqualTo("Prison unit");
		assertThat(page.select("#table-by-category tr[data-key=FABRIC] th").text()).isEqualTo("Fabric");
	}

	@Test
	void anEventWithoutFiguresSaysSoInsteadOfDrawingEmptyCharts() throws Exception {
		Document page = page("/events/" + ReportTestEvents.DRAFT.value() + "/dashboard");
		assertThat(page.select("#no-sessions")).hasSize(1);
		assertThat(page.select("#no-exhibitors")).hasSize(1);
		assertThat(page.select("[data-chart-for]")).isEmpty();
		assertThat(page.select("#report-later")).hasSize(1);
		assertThat(page.select("#link-report")).isEmpty();
	}

	@Test
	void theReportPageListsTheExhibitorsAndOffersItsFiles() throws Exception {
		Document page = page("/events/" + CLOSED + "/report");
		assertThat(page.select("h1").text()).isEqualTo("Laporan acara: " + ReportTestEvents.NAME);
		assertThat(page.select("#report-kind").text()).isEqualTo("Laporan akhir: acara telah ditutup.");
		assertThat(page.select("#figure-exhibitors .value").text()).isEqualTo("5");
		assertThat(page.select("#table-exhibitors tbody tr")).hasSize(5);
		var first = page.select("#table-exhibitors tbody tr").first();
		assertThat(first.select("th").text()).isEqualTo("Batik Sido Luhur");
		assertThat(first.select("td").eachText()).containsExactly("A-01", "Usaha biasa", "Jawa Tengah",
				first.select("td").get(3).text(), "Kain, Pakaian", "Ya");
		assertThat(first.select("td").get(3).text()).isNotBlank();
		assertThat(page.select("#download-pdf").attr("href")).isEqualTo("/events/" + CLOSED + "/report/download?format=pdf&lang=id");
		assertThat(page.select("#download-xlsx").attr("href")).isEqualTo("/events/" + CLOSED + "/report/download?format=xlsx&lang=id");
		assertThat(page.select("#download-pdf-other").attr("href")).contains("lang=en");

		Document english = page("/events/" + CLOSED + "/report?lang=en");
		assertThat(english.select("h1").text()).isEqualTo("Event report: " + ReportTestEvents.NAME);
		assertThat(english.select("#report-kind").text()).isEqualTo("Final report: the event is closed.");
		assertThat(english.select("#table-exhibitors tbody tr").first().select("td").last().text()).isEqualTo("Yes");
		assertThat(english.select("#download-pdf").attr("href")).contains("lang=en");

		mvc.perform(get("/events/" + CLOSED + "/report/download?format=xlsx&lang=en").with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", Matchers.containsString("report-" + CLOSED + ".xlsx")));
	}

	@Test
	void onlyOrganisersOpenThePagesAndTheReportWaitsForTheEvent() throws Exception {
		for (String url : List.of("/events/" + CLOSED + "/dashboard", "/events/" + CLOSED + "/report",
				"/events/" + CLOSED + "/report/download?format=pdf")) {
			for (String user : List.of("owner", "officer.33", "assessor", "buyer")) {
				mvc.perform(get(url).with(logins.as(user))).andExpect(status().isForbidden());
			}
			mvc.perform(get(url)).andExpect(status().is3xxRedirection());
		}
		mvc.perform(get("/events/" + ReportTestEvents.PUBLISHED.value() + "/report").with(logins.as("admin")))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/events/TIDAK-ADA/dashboard").with(logins.as("admin"))).andExpect(status().isNotFound());
		mvc.perform(get("/events/" + CLOSED + "/report/download?format=doc").with(logins.as("admin")))
			.andExpect(status().isBadRequest());
	}
}
