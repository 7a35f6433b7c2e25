package id.canting.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import id.canting.CantingTest;
import id.canting.TestLogins;

/** The industry dashboard's figures, their tables, and the links that open the records behind them. */
@CantingTest
class IndustryDashboardPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Test
	void everyChartHasItsTableAndEveryRowOpensItsIkm() throws Exception {
		Document page = page("/statistics/industry", "admin");
		assertThat(page.select("#figure-ikm .value").text()).isEqualTo("5.946");
		assertThat(page.select("#figure-workers .value").text()).isEqualTo("200.000");
		assertThat(page.select("#figure-natural-dyes").attr("href")).isEqualTo("/ikm?dye=NATURAL&status=ACTIVE");
		assertThat(page.select("#figure-women-owned").attr("href")).isEqualTo("/ikm?ownerGender=FEMALE&status=ACTIVE");
		assertThat(page.select("#table-province tbody tr[data-code]")).hasSize(11);
		assertThat(page.select("#province-map").attr("data-map-for")).isEqualTo("table-province");
		// the map file at its versioned address (a hash of its content), which browsers keep for a year
		assertThat(page.select("#province-map").attr("data-geo")).matches("/geo/indonesia-provinces-[0-9a-f]{32}\\.json");
		assertThat(page.select("#table-province tr[data-code=33]").attr("data-href")).isEqualTo("/ikm?province=33&status=ACTIVE");
		for (String table : new String[] { "technique", "category", "dye", "sizeClass", "ownerGender", "kind" }) {
			assertThat(page.select("[data-chart-for=table-" + table + "]")).as(table).hasSize(1);
			assertThat(page.select("#table-" + table + " tbody tr[data-href]")).as(table).isNotEmpty();
		}
		assertThat(page.select("#table-sizeClass a[href='/ikm?sizeClass=KECIL&status=ACTIVE']")).hasSize(1);
		assertThat(page.select("#table-sentra tbody tr")).hasSize(10);
		assertThat(page.select(".source").text()).contains("Sumber", "Per ");
	}

	@Test
	void aProvinceScopeKeepsItsProvinceInEveryLinkAndThePublicIsSentToTheCatalogue() throws Exception {
		Document page = page("/statistics/industry?province=33", null);
		assertThat(page.select("h1").text()).contains("Jawa Tengah");
		assertThat(page.select("#table-province tbody tr")).hasSize(1);
		assertThat(page.select("#table-technique a[href='/catalogue?province=33&technique=TULIS&status=ACTIVE']")).hasSize(1);
		assertThat(page.select("#table-regency a[href^='/catalogue?province=33&regency=33.']")).isNotEmpty();
	}

	@Test
	void theDashboardLinksToTheIndustryStatisticsAndAnUnknownProvinceIsRefused() throws Exception {
		assertThat(page("/", null).select("#industry-link").attr("href")).isEqualTo("/statistics/industry");
		assertThat(mvc.perform(get("/statistics/industry?province=99")).andReturn().getResponse().getStatus()).isEqualTo(400);
	}

	@Test
	void theWorkforceBySemesterIsTheAcceptedReportsAsTheApiCountsThem() throws Exception {
		String api = mvc.perform(get("/api/v1/statistics/workforce")).andReturn().getResponse().getContentAsString();
		long reported = com.jayway.jsonpath.JsonPath.parse(api)
			.read("$.semesters[?(@.semester == '2024-S1')].workers", net.minidev.json.JSONArray.class)
			.stream().mapToLong(v -> ((Number) v).longValue()).sum();
		Document page = page("/statistics/industry", "officer.33");
		assertThat(page.select("#table-workforce tbody tr")).hasSize(6);
		var row = page.select("#table-workforce tr[data-label=2024-S1]");
		assertThat(reported).isPositive();
		assertThat(row.attr("data-value")).isEqualTo(String.valueOf(reported));
		assertThat(row.select("a").attr("href")).isEqualTo("/reports/compliance?semester=2024-S1");
		assertThat(page("/statistics/industry", null).select("#table-workforce a")).isEmpty();
	}

	@Test
	void theIkmListFiltersBySizeClassAndOwnerGender() throws Exception {
		Document page = page("/ikm?sizeClass=MENENGAH&ownerGender=FEMALE&status=ACTIVE", "admin");
		assertThat(page.select("#filter-size-class option[selected]").val()).isEqualTo("MENENGAH");
		assertThat(page.select("#filter-owner-gender option[selected]").val()).isEqualTo("FEMALE");
		assertThat(page.select("#ikm-results tbody tr")).allSatisfy(row -> assertThat(row.text()).contains("menengah"));
	}

	private Document page(String url, String user) throws Exception {
		var request = get(url);
		if (user != null) {
			request.with(logins.as(user));
		}
		return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
	}
}
