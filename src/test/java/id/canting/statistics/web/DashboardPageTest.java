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

@CantingTest
class DashboardPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Test
	void showsTheFourHeadlineFiguresInIndonesianFormat() throws Exception {
		Document page = dashboard(null);
		assertThat(page.select("#figure-workers .value").text()).isEqualTo("200.000");
		assertThat(page.select("#figure-ikm .value").text()).isEqualTo("5.946");
		assertThat(page.select("#figure-sentra .value").text()).isEqualTo("201");
		assertThat(page.select("#figure-provinces .value").text()).isEqualTo("11");
		assertThat(page.select("html").attr("lang")).isEqualTo("id");
	}

	@Test
	void showsEnglishWhenAskedAndInEnglishNumberFormat() throws Exception {
		Document page = dashboard("en");
		assertThat(page.select("#figure-workers .value").text()).isEqualTo("200,000");
		assertThat(page.select("#figure-workers .label").text()).isEqualTo("workers");
	}

	@Test
	void forThePublicEveryFigureLinksToTheCatalogue() throws Exception {
		Document page = dashboard(null);
		assertThat(page.select("#figure-ikm").attr("href")).isEqualTo("/catalogue?status=ACTIVE");
		assertThat(page.select("#table-province tbody tr")).hasSize(11);
		assertThat(page.select("#table-province a[href='/catalogue?province=33&status=ACTIVE']")).hasSize(1);
		assertThat(page.select("#table-technique a[href='/catalogue?technique=TULIS&status=ACTIVE']")).hasSize(1);
		assertThat(page.select("#table-kind a[href='/catalogue?kind=PRISON_UNIT&status=ACTIVE']")).hasSize(1);
	}

	@Test
	void forOfficersEveryFigureLinksToTheRegistry() throws Exception {
		Document page = Jsoup.parse(mvc.perform(get("/").with(logins.as("officer.33"))).andReturn().getResponse()
			.getContentAsString());
		assertThat(page.select("#figure-ikm").attr("href")).isEqualTo("/ikm?status=ACTIVE");
		assertThat(page.select("#table-dye a[href='/ikm?dye=NATURAL&status=ACTIVE']")).hasSize(1);
	}

	private Document dashboard(String lang) throws Exception {
		var request = get("/");
		if (lang != null) {
			request.param("lang", lang);
		}
		return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
	}
}
