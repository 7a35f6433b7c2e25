package id.canting.programme.impact.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;
import id.canting.programme.ProgrammeTestData;
import id.canting.programme.catalogue.ProgrammeType;

/** The indicators page and form: the officer records, the owner reads, problems show next to their fields. */
@CantingTest
@Transactional
class IndicatorPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	AccountSessions sessions;

	@Autowired
	ProgrammeTestData data;

	long ownerIkm;
	long beneficiary;

	@BeforeEach
	void aBeneficiaryOfTheOwnersIkm() {
		ownerIkm = sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
		data.openProgramme("UJI-HALAMAN", ProgrammeType.TRAINING, 1_000_000_000L, 10);
		beneficiary = data.beneficiary("UJI-HALAMAN", ownerIkm, 50_000_000L, null);
	}

	@Test
	void theOfficerRecordsABaselineThenAFollowUpThroughTheForms() throws Exception {
		Document before = page("officer.33");
		assertThat(before.select("#row-workers td").eachText()).containsExactly("–", "–", "–");
		assertThat(before.select("#record-baseline")).hasSize(1);
		assertThat(before.select("#record-follow-up")).isEmpty();
		assertThat(html(get("/applications/" + beneficiary + "/indicators/baseline"), "officer.33")
			.select("#indicator-form")).hasSize(1);
		mvc.perform(form("baseline", "2024-03-01", "12", "0.5", "30").with(logins.as("officer.33")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/applications/" + beneficiary + "/indicators"));
		mvc.perform(form("follow-up", "2024-09-01", "15", "2.5", "30").param("batikmark", "true").with(logins.as("officer.33")))
			.andExpect(status().is3xxRedirection());
		Document after = page("owner");
		assertThat(after.select("#row-workers td").eachText()).containsExactly("12", "15", "3");
		assertThat(after.select("#row-indiScore td").eachText()).containsExactly("0,50", "2,50", "2,00");
		assertThat(after.select("#row-batikmark td").eachText()).containsExactly("Tidak", "Ya", "diperoleh");
		assertThat(after.select("#baseline-recorded").text()).contains("officer.33");
		assertThat(after.select("#record-baseline")).isEmpty();
	}

	@Test
	void aRefusedFormShowsEveryProblemNextToItsField() throws Exception {
		Document refused = html(form("baseline", "2024-03-01", "banyak", "5", "150"),
				"officer.33");
		assertThat(refused.select(".field.has-error input").eachAttr("name"))
			.contains("workers", "naturalDyePercent", "indiScore");
		assertThat(refused.select("#indiScore-error").text()).contains("4,00");
		mvc.perform(form("baseline", "2024-03-01", "12", "1", "30").with(logins.as("officer.33")))
			.andExpect(status().is3xxRedirection());
		Document early = html(form("follow-up", "2024-02-01", "12", "1", "30"), "officer.33");
		assertThat(early.select("#measuredOn-error").text()).contains("2024-03-01");
	}

	@Test
	void theOwnerOtherProvincesAndNonBeneficiariesGetNoForm() throws Exception {
		assertThat(page("owner").select("#record-baseline")).isEmpty();
		mvc.perform(get("/applications/" + beneficiary + "/indicators/baseline").with(logins.as("owner")))
			.andExpect(status().isForbidden());
		mvc.perform(form("baseline", "2024-03-01", "12", "1", "30").with(logins.as("owner"))).andExpect(status().isForbidden());
		mvc.perform(get("/applications/" + beneficiary + "/indicators").with(logins.as("officer.35")))
			.andExpect(status().isNotFound());
		long submitted = data.submitted("UJI-HALAMAN", data.ikmOf("33", "REGULAR", 1, ownerIkm).get(0), 1_000_000L);
		Document notYet = html(get("/applications/" + submitted + "/indicators"), "officer.33");
		assertThat(notYet.select("#not-beneficiary")).hasSize(1);
		assertThat(notYet.select("#record-baseline")).isEmpty();
		mvc.perform(get("/applications/" + submitted + "/indicators/baseline").with(logins.as("officer.33")))
			.andExpect(status().isUnprocessableContent());
	}

	private Document page(String user) throws Exception {
		return html(get("/applications/" + beneficiary + "/indicators"), user);
	}

	private Document html(MockHttpServletRequestBuilder request, String user) throws Exception {
		return Jsoup.parse(mvc.perform(request.with(logins.as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	/** The form as a browser posts it: the baseline at version 0, the follow-up after it at version 1. */
	private MockHttpServletRequestBuilder form(String phase, String day, String workers, String indi, String dye) {
		return post("/applications/" + beneficiary + "/indicators/" + phase).with(csrf())
			.param("measuredOn", day)
			.param("workers", workers)
			.param("capacityPiecesPerMonth", "400")
			.param("annualSalesIdr", "240000000")
			.param("naturalDyePercent", dye)
			.param("_batikmark", "on")
			.param("indiScore", indi)
			.param("version", phase.equals("baseline") ? "0" : "1");
	}
}
