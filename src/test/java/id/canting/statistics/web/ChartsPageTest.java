package id.canting.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.registry.reports.Semester;

/**
 * Charts that do not mislead: dashboards open on the latest period with figures, a selection without
 * figures says so in words instead of drawing, and the multi-valued breakdowns are shares of the IKM
 * in the selection, the same on the page and in the API.
 */
@CantingTest
class ChartsPageTest {

	static final String NO_DATA = "Tidak ada data untuk pilihan ini, sehingga grafik tidak digambar.";
	static final List<String> INDUSTRY_CHARTS = List.of("technique", "category", "dye", "sizeClass", "ownerGender", "kind");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theWorkforceOpensOnTheLatestSemesterWithAcceptedReportsNotOnEmptySemesters() throws Exception {
		String current = Semester.of(LocalDate.now(ZoneId.of("Asia/Jakarta"))).toString();
		String latest = jdbc.sql("select max(semester) from semester_report where status = 'ACCEPTED' and semester <= ?")
			.param(current).query(String.class).single();

		String api = mvc.perform(get("/api/v1/statistics/workforce")).andReturn().getResponse().getContentAsString();
		assertThat((String) JsonPath.read(api, "$.to")).isEqualTo(latest);
		List<Number> workers = JsonPath.read(api, "$.semesters[*].workers");
		assertThat(workers).hasSize(6);
		assertThat(workers.get(workers.size() - 1).longValue()).isPositive();

		Document page = page("/statistics/industry", "admin");
		assertThat(page.select("#table-workforce tbody tr").last().attr("data-label")).isEqualTo(latest);
		assertThat(page.select("[data-chart-for=table-workforce]")).hasSize(1);
		assertThat(page.select("#no-data-workforce")).isEmpty();
	}

	@Test
	void theExportsOpenOnTheLatestMonthWithRecords() throws Exception {
		YearMonth latest = YearMonth.from(jdbc.sql("select max(month_start) from export_record")
			.query(java.sql.Date.class).single().toLocalDate());

		Document page = page("/statistics/exports", "buyer");
		assertThat(page.select("#period-to").val()).isEqualTo(latest.toString());
		assertThat(page.select("#table-month tbody tr").last().attr("data-value")).isNotEqualTo("0");
		assertThat(page.select("[data-chart-for=table-month]")).hasSize(1);
	}

	@Test
	void aProvinceWithoutIkmSaysSoInEveryChartInsteadOfDrawing() throws Exception {
		String empty = provinceWithoutIkm();

		Document page = page("/statistics/industry?province=" + empty, "admin");
		assertThat(page.select("#figure-ikm .value").text()).isEqualTo("0");
		assertThat(page.select("[data-chart-for], [data-map-for]")).isEmpty();
		for (String chart : INDUSTRY_CHARTS) {
			assertThat(page.select("#no-data-" + chart).text()).as(chart).isEqualTo(NO_DATA);
		}
		assertThat(page.select("#no-data-province").text()).isEqualTo(NO_DATA);
		assertThat(page.select("#no-data-workforce").text()).isEqualTo(NO_DATA);
		// the same in English
		Document english = page("/statistics/industry?lang=en&province=" + empty, "admin");
		assertThat(english.select("#no-data-technique").text()).isEqualTo("There are no figures for this selection, so no chart is drawn.");

		String api = mvc.perform(get("/api/v1/statistics/industry?province=" + empty)).andReturn().getResponse()
			.getContentAsString();
		assertThat((Integer) JsonPath.read(api, "$.ikm")).isZero();
		assertThat((List<?>) JsonPath.read(api, "$.byTechnique")).isEmpty();
	}

	@Test
	void aPeriodWithoutExportsSaysSoInsteadOfDrawingZeros() throws Exception {
		Document page = page("/statistics/exports?period=1995", "buyer");
		assertThat(page.select("[data-chart-for]")).isEmpty();
		for (String chart : List.of("month", "destination", "hs")) {
			assertThat(page.select("#no-data-" + chart).text()).as(chart).isEqualTo(NO_DATA);
		}
	}

	@Test
	void techniquesCategoriesAndDyesAreSharesOfTheIkmInTheSelectionAsTheApiGivesThem() throws Exception {
		String api = mvc.perform(get("/api/v1/statistics/industry?province=33")).andReturn().getResponse()
			.getContentAsString();
		long ikm = ((Number) JsonPath.read(api, "$.ikm")).longValue();
		Document page = page("/statistics/industry?province=33", "admin");
		Document english = page("/statistics/industry?lang=en&province=33", "admin");

		for (String breakdown : List.of("technique", "category", "dye")) {
			assertThat(page.select("[data-chart-for=table-" + breakdown + "]").attr("data-chart-type")).isEqualTo("share");
			List<Map<String, Object>> shares = JsonPath.read(api, "$.by" + Character.toUpperCase(breakdown.charAt(0))
					+ breakdown.substring(1));
			assertThat(shares).isNotEmpty();
			for (Map<String, Object> share : shares) {
				long count = ((Number) share.get("ikm")).longValue();
				double percent = ((Number) share.get("percentOfIkm")).doubleValue();
				assertThat(((Number) share.get("ikmInSelection")).longValue()).isEqualTo(ikm);
				assertThat(percent).isCloseTo(100.0 * count / ikm, org.assertj.core.data.Offset.offset(0.05));
				Element row = page.selectFirst("#table-" + breakdown + " tr[data-key=" + share.get("key") + "]");
				assertThat(Double.parseDouble(row.attr("data-value"))).isEqualTo(percent);
				assertThat(row.attr("data-ikm")).isEqualTo(String.valueOf(count));
				// the share as each language writes it: 43,9 % and 43.9 %
				String decimal = String.format(java.util.Locale.ROOT, "%.1f", percent);
				assertThat(row.select("td.share").text()).isEqualTo(decimal.replace('.', ',') + " %");
				assertThat(english.select("#table-" + breakdown + " tr[data-key=" + share.get("key") + "] td.share").text())
					.isEqualTo(decimal + " %");
			}
		}
		// single-valued breakdowns remain parts of one whole
		assertThat(page.select("[data-chart-for=table-sizeClass]").attr("data-chart-type")).isEqualTo("pie");
	}

	@Test
	void theHeadlineDashboardShowsTechniquesAsSharesOfAllIkm() throws Exception {
		String api = mvc.perform(get("/api/v1/statistics/summary")).andReturn().getResponse().getContentAsString();
		double tulis = ((Number) JsonPath.<List<Object>>read(api, "$.byTechnique[?(@.key == 'TULIS')].percentOfIkm").get(0))
			.doubleValue();
		Document page = page("/", null);
		assertThat(page.select("[data-chart-for=table-technique]").attr("data-chart-type")).isEqualTo("share");
		assertThat(page.select("[data-chart-for=table-kind]").attr("data-chart-type")).isEqualTo("pie");
		assertThat(Double.parseDouble(page.select("#table-technique tr[data-key=TULIS]").attr("data-value"))).isEqualTo(tulis);
		assertThat(page.select("#table-technique caption").text()).contains(page.select("#figure-ikm .value").text());
	}

	private String provinceWithoutIkm() {
		return jdbc.sql("""
				select min(p.code) from province p
				where not exists (select 1 from ikm i where i.province_code = p.code and i.status = 'ACTIVE')""")
			.query(String.class).single();
	}

	private Document page(String url, String user) throws Exception {
		var request = get(url);
		if (user != null) {
			request.with(logins.as(user));
		}
		return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
	}
}
