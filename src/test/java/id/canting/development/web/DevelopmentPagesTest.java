package id.canting.development.web;

import static org.assertj.core.api.Assertions.assertThat;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

import id.canting.AsUser;
import id.canting.CantingTest;
import id.canting.TestLogins;

/** The sentra development pages in both languages, and their forms' inline errors. */
@CantingTest
@Transactional
class DevelopmentPagesTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	MockMvc officer33;
	long jateng;

	@BeforeEach
	void setUp() {
		officer33 = AsUser.mockMvc(context, logins, "officer.33");
		jateng = jdbc.sql("select min(id) from sentra where province_code = '33' and status = 'ACTIVE'").query(Long.class).single();
	}

	@Test
	void theDevelopmentPageShowsScorePartsFacilitiesAndForms() throws Exception {
		officer33.perform(get("/sentra/" + jateng + "/development").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"score-parts\"")))
			.andExpect(content().string(containsString("Facilities in working order")))
			.andExpect(content().string(containsString("id=\"need-form\"")))
			.andExpect(content().string(containsString("id=\"edit-facilities\"")));
		officer33.perform(get("/sentra/" + jateng + "/development").param("lang", "id"))
			.andExpect(content().string(containsString("Fasilitas layak pakai")));
	}

	@Test
	void anotherProvincesOfficerSeesThePageWithoutForms() throws Exception {
		AsUser.mockMvc(context, logins, "officer.35").perform(get("/sentra/" + jateng + "/development"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"need-form\""))));
	}

	@Test
	void theFacilitiesFormShowsANegativeCountNextToItsField() throws Exception {
		officer33.perform(post("/sentra/" + jateng + "/development/facilities").param("lang", "en")
			.param("facilities[0].kind", "IPAL").param("facilities[0].count", "-3").param("facilities[0].condition", "GOOD"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"facilities0.count-error\"")))
			.andExpect(content().string(containsString("a negative count is not possible")));
	}

	@Test
	void savingTheFacilitiesGoesBackToTheDevelopmentPage() throws Exception {
		officer33.perform(post("/sentra/" + jateng + "/development/facilities")
			.param("facilities[0].kind", "IPAL").param("facilities[0].count", "1").param("facilities[0].condition", "GOOD")
			.param("facilities[1].kind", "").param("facilities[1].count", "").param("facilities[1].condition", ""))
			.andExpect(redirectedUrl("/sentra/" + jateng + "/development"));
	}

	@Test
	void badCoordinatesShowNextToTheLocationForm() throws Exception {
		officer33.perform(post("/sentra/" + jateng + "/development/location").param("lang", "en")
			.param("latitude", "12.5").param("longitude", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"latitude-error\"")))
			.andExpect(content().string(containsString("id=\"longitude-error\"")));
	}

	@Test
	void theMapPageShowsTheOfficersProvinceRanked() throws Exception {
		officer33.perform(get("/sentra-development").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-sentra-map-for=\"ranking-table\"")))
			.andExpect(content().string(containsString("<option value=\"33\" selected=\"selected\"")))
			.andExpect(content().string(containsString("Sentra ranked by need")));
	}

	@Test
	void theWeightsPageIsTheAdminsAndRefusesAllZero() throws Exception {
		MockMvc admin = AsUser.mockMvc(context, logins, "admin");
		admin.perform(get("/sentra-development/weights")).andExpect(status().isOk());
		admin.perform(post("/sentra-development/weights").param("lang", "en").param("weights[FACILITIES]", "0")
			.param("weights[READINESS]", "0").param("weights[BATIKMARK]", "0").param("weights[MEMBERSHIP]", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("at least one weight must be above 0")));
	}

	@Test
	void theSentrasHistoryShowsAFacilityChange() throws Exception {
		officer33.perform(post("/sentra/" + jateng + "/development/facilities")
			.param("facilities[0].kind", "SHOWROOM").param("facilities[0].count", "1").param("facilities[0].condition", "POOR"));
		officer33.perform(get("/audit/history").param("entity", "sentra_development").param("id", String.valueOf(jateng))
			.param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Facilities changed")));
	}

	@Test
	void aPhotoIsKeptAndShownAndAPdfIsRefused() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };
		officer33.perform(multipart("/sentra/" + jateng + "/development/photos")
			.file(new MockMultipartFile("file", "ipal.png", "image/png", png)).param("caption", "IPAL"))
			.andExpect(redirectedUrl("/sentra/" + jateng + "/development#photos"));
		long photo = jdbc.sql("select max(id) from development_photo where sentra_id = ?").param(jateng).query(Long.class).single();
		officer33.perform(get("/sentra/" + jateng + "/development/photos/" + photo))
			.andExpect(status().isOk()).andExpect(content().contentType("image/png"));
		// a PDF is refused next to the file field on the page shown again, and nothing is kept
		officer33.perform(multipart("/sentra/" + jateng + "/development/photos")
			.file(new MockMultipartFile("file", "x.pdf", "application/pdf", "%PDF-1.4 x".getBytes())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"photo-file-error\"")));
		assertThat(jdbc.sql("select max(id) from development_photo where sentra_id = ?").param(jateng).query(Long.class)
			.single()).isEqualTo(photo);
	}

	@Test
	void theSentraPageLinksToItsDevelopmentForOfficials() throws Exception {
		officer33.perform(get("/sentra/" + jateng)).andExpect(content().string(containsString("id=\"development-link\"")));
	}
}
