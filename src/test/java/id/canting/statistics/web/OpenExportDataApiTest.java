package id.canting.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import id.canting.CantingTest;

/** Export open data is public, sums to the published figure, and comes as JSON or CSV. */
@CantingTest
class OpenExportDataApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theMonthlyCsvOfJanuaryToJuly2024AddsUpToThePublishedTotalWithoutALogin() throws Exception {
		String csv = mvc.perform(get("/api/v1/open-data/exports/by-month.csv?period=2024-01..2024-07"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn().getResponse().getContentAsString();
		String[] lines = csv.split("\r\n");
		assertThat(lines[0]).isEqualTo("month,value_usd,net_weight_kg,previous_year_value_usd,change_percent");
		assertThat(lines).hasSize(1 + 7);
		BigDecimal total = Arrays.stream(lines).skip(1).map(line -> new BigDecimal(line.split(",")[1]))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(total).isEqualByComparingTo("9450000");
	}

	@Test
	void destinationsAndHsCodesComeAsJsonWithTheirBasketPeriodAndSource() throws Exception {
		mvc.perform(get("/api/v1/open-data/exports/by-destination?from=2024-01&to=2024-07"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.basket").value("BATIK"))
			.andExpect(jsonPath("$.from").value("2024-01"))
			.andExpect(jsonPath("$.to").value("2024-07"))
			.andExpect(jsonPath("$.source").isNotEmpty())
			.andExpect(jsonPath("$.rows[0].code").value("US"));
		mvc.perform(get("/api/v1/open-data/exports/by-hs?period=2024"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows.length()").value(3));
	}

	@Test
	void aBadPeriodOrFormatIsRefusedNamingIt() throws Exception {
		mvc.perform(get("/api/v1/open-data/exports/by-month?period=2024-13"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("period"));
		mvc.perform(get("/api/v1/open-data/exports/by-month?format=xml"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("format"));
	}
}
