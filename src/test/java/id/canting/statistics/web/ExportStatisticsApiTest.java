package id.canting.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import com.jayway.jsonpath.JsonPath;

import id.canting.CantingTest;
import id.canting.TestLogins;

/**
 * The export figures: the demo data's article figure, summed against the records behind it; a
 * hand-computed fixture (recorded through the API in a rolled-back transaction, in years the demo
 * data does not touch) for sums and year-on-year change; basket switching; period errors.
 */
@CantingTest
class ExportStatisticsApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Test
	void theDefaultBasketsJanuaryToJuly2024IsTheSumOfItsRecordsAndTheArticlesFigure() throws Exception {
		String summary = read("/api/v1/trade/exports/summary?from=2024-01&to=2024-07");
		BigDecimal records = sumOfRecords("from=2024-01&to=2024-07&basket=BATIK");
		assertThat(new BigDecimal(JsonPath.read(summary, "$.valueUsd").toString())).isEqualByComparingTo(records)
			.isEqualByComparingTo("9450000");
		assertThat((String) JsonPath.read(summary, "$.basket")).isEqualTo("BATIK");
		assertThat((String) JsonPath.read(summary, "$.from")).isEqualTo("2024-01");
		assertThat((String) JsonPath.read(summary, "$.to")).isEqualTo("2024-07");
		assertThat((String) JsonPath.read(summary, "$.source")).isEqualTo("BPS (demo)");
		assertThat((String) JsonPath.read(summary, "$.definition")).contains("5208.52.10");
		assertThat((String) JsonPath.read(summary, "$.asOf")).isNotBlank();
		BigDecimal previous = sumOfRecords("from=2023-01&to=2023-07&basket=BATIK");
		assertThat(new BigDecimal(JsonPath.read(summary, "$.previousYear.valueUsd").toString()))
			.isEqualByComparingTo(previous);
		// the same figure as period=
		mvc.perform(get("/api/v1/trade/exports/summary?period=2024-01..2024-07").with(logins.as("buyer")))
			.andExpect(jsonPath("$.valueUsd").value(9450000));
	}

	@Test
	void switchingTheBasketChangesTheTotalAsTheBasketDefines() throws Exception {
		BigDecimal batik = value("/api/v1/trade/exports/summary?period=2024-S1&basket=BATIK");
		BigDecimal wide = value("/api/v1/trade/exports/summary?period=2024-S1&basket=BATIK-PAKAIAN");
		assertThat(wide).isGreaterThan(batik);
		assertThat(wide).isEqualByComparingTo(sumOfRecords("from=2024-01&to=2024-06&basket=BATIK-PAKAIAN"));
		// the wider basket is the default one plus its clothing codes
		BigDecimal clothing = sumOfRecords("from=2024-01&to=2024-06&hsCode=62052010")
			.add(sumOfRecords("from=2024-01&to=2024-06&hsCode=62063010"));
		assertThat(wide).isEqualByComparingTo(batik.add(clothing));
	}

	@Test
	@Transactional
	void sumsAndYearOnYearOfAHandComputedFixture() throws Exception {
		mvc.perform(post("/api/v1/trade/baskets").with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code": "FIXTURE", "nameId": "Uji", "nameEn": "Test", "definitionId": "uji", "definitionEn": "test",
					 "source": "test", "hsCodes": ["9999.00.01", "99990002"]}"""))
			.andExpect(status().isCreated());
		record("2031-01", "99990001", "US", "1000.50");
		record("2031-02", "99990001", "US", "500");
		record("2031-02", "99990002", "JP", "2000");
		record("2031-01", "99990003", "US", "7777"); // not in the basket
		record("2030-01", "99990001", "US", "800");
		record("2030-02", "99990002", "JP", "2500");

		String q = "?from=2031-01&to=2031-02&basket=FIXTURE";
		mvc.perform(get("/api/v1/trade/exports/summary" + q).with(logins.as("officer.33")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valueUsd").value(3500.5))
			.andExpect(jsonPath("$.records").value(3))
			.andExpect(jsonPath("$.previousYear.from").value("2030-01"))
			.andExpect(jsonPath("$.previousYear.valueUsd").value(3300))
			// (3500.50 - 3300) / 3300 = 6.08 %
			.andExpect(jsonPath("$.previousYear.changePercent").value(6.1));
		mvc.perform(get("/api/v1/trade/exports/by-month" + q).with(logins.as("buyer")))
			.andExpect(jsonPath("$.rows.length()").value(2))
			.andExpect(jsonPath("$.rows[0].month").value("2031-01"))
			.andExpect(jsonPath("$.rows[0].valueUsd").value(1000.5))
			.andExpect(jsonPath("$.rows[0].previousYearValueUsd").value(800))
			.andExpect(jsonPath("$.rows[0].changePercent").value(25.1))
			.andExpect(jsonPath("$.rows[1].valueUsd").value(2500))
			.andExpect(jsonPath("$.rows[1].changePercent").value(0));
		mvc.perform(get("/api/v1/trade/exports/by-destination" + q).with(logins.as("buyer")).header("Accept-Language", "en"))
			.andExpect(jsonPath("$.rows[0].key").value("JP"))
			.andExpect(jsonPath("$.rows[0].name").value("Japan"))
			.andExpect(jsonPath("$.rows[0].valueUsd").value(2000))
			.andExpect(jsonPath("$.rows[0].changePercent").value(-20))
			.andExpect(jsonPath("$.rows[1].key").value("US"))
			.andExpect(jsonPath("$.rows[1].valueUsd").value(1500.5))
			.andExpect(jsonPath("$.rows[1].changePercent").value(87.6));
		mvc.perform(get("/api/v1/trade/exports/by-hs" + q).with(logins.as("buyer")))
			.andExpect(jsonPath("$.rows.length()").value(2))
			.andExpect(jsonPath("$.rows[0].key").value("99990002"))
			.andExpect(jsonPath("$.rows[0].name").value("9999.00.02"))
			.andExpect(jsonPath("$.rows[1].valueUsd").value(1500.5));

		// an edit shows in the next request: no cache to go stale
		String listed = read("/api/v1/trade/exports?from=2031-02&to=2031-02&hsCode=99990001");
		long id = ((Number) JsonPath.read(listed, "$.content[0].id")).longValue();
		String current = read("/api/v1/trade/exports/" + id);
		mvc.perform(put("/api/v1/trade/exports/" + id).with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content(current.replace("\"valueUsd\":500.00", "\"valueUsd\":600")))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/trade/exports/summary" + q).with(logins.as("buyer")))
			.andExpect(jsonPath("$.valueUsd").value(3600.5));
	}

	@Test
	void aBadPeriodIsRefusedNamingTheParameterAndTheFormat() throws Exception {
		mvc.perform(get("/api/v1/trade/exports/summary?period=2024-13").with(logins.as("buyer")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("period"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("2024-Q3")));
		mvc.perform(get("/api/v1/trade/exports/by-month?from=2024-07&to=2024-01").with(logins.as("buyer")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		mvc.perform(get("/api/v1/trade/exports/by-destination?from=2024-1&to=2024-07").with(logins.as("buyer")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("2024-07")));
		mvc.perform(get("/api/v1/trade/exports/by-hs?period=2024&basket=NOPE").with(logins.as("buyer")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("basket"));
	}

	private void record(String month, String hsCode, String country, String value) throws Exception {
		mvc.perform(post("/api/v1/trade/exports").with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"month\": \"" + month + "\", \"hsCode\": \"" + hsCode + "\", \"countryCode\": \"" + country
					+ "\", \"valueUsd\": " + value + ", \"netWeightKg\": 10, \"source\": \"TEST\"}"))
			.andExpect(status().isCreated());
	}

	private BigDecimal value(String url) throws Exception {
		return new BigDecimal(JsonPath.read(read(url), "$.valueUsd").toString());
	}

	/** The sum of every record the export list keeps for these filters, page by page. */
	private BigDecimal sumOfRecords(String filters) throws Exception {
		BigDecimal sum = BigDecimal.ZERO;
		for (int page = 0;; page++) {
			String body = read("/api/v1/trade/exports?size=200&page=" + page + "&" + filters);
			List<Map<String, Object>> content = JsonPath.read(body, "$.content");
			for (Map<String, Object> row : content) {
				sum = sum.add(new BigDecimal(row.get("valueUsd").toString()));
			}
			int totalPages = JsonPath.read(body, "$.page.totalPages");
			if (page + 1 >= totalPages) {
				return sum;
			}
		}
	}

	private String read(String url) throws Exception {
		return mvc.perform(get(url).with(logins.as("buyer"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}
}
