package id.canting.programme.impact.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.programme.ProgrammeTestData;
import id.canting.programme.catalogue.ProgrammeType;

/**
 * A programme year with a budget but no beneficiary yet: its money is drawn, and the beneficiary
 * charts say in words that there is nothing to draw — no 0/0 donut of women owners drawn half and half.
 */
@CantingTest
@Transactional
class ProgrammeDashboardNoDataTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	ProgrammeTestData data;

	@Test
	void aYearWithoutBeneficiariesSaysSoInsteadOfDrawingEmptyCharts() throws Exception {
		data.openProgramme("UJI-KOSONG", ProgrammeType.TECHNICAL_ASSISTANCE, 750_000_000L, 10);

		Document page = Jsoup.parse(mvc.perform(get("/programmes/dashboard?year=" + ProgrammeTestData.YEAR)
			.with(logins.as("admin"))).andReturn().getResponse().getContentAsString());

		assertThat(page.select("[data-chart-for=table-money]")).hasSize(1);
		for (String table : List.of("women", "beneficiary-province", "beneficiary-type")) {
			assertThat(page.select("[data-chart-for=table-" + table + "]")).as(table).isEmpty();
			assertThat(page.select("#no-data-" + table).text()).as(table)
				.isEqualTo("Tidak ada data untuk pilihan ini, sehingga grafik tidak digambar.");
		}
	}
}
