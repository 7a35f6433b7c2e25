package id.canting.programme.catalogue.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;

/** The programme pages: the public list and detail, the owner's eligibility check, and the admin's form. */
@CantingTest
@Transactional
class ProgrammePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	AccountSessions sessions;

	@Test
	void anyoneBrowsesTheCatalogueFilteredByType() throws Exception {
		mvc.perform(get("/programmes"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"nav-programmes\"")))
			.andExpect(content().string(not(containsString("id=\"new-programme\""))));
		// by year: programmes that other tests of the shared context open may fill the first page
		mvc.perform(get("/programmes?year=2024"))
			.andExpect(content().string(containsString("Pembinaan produksi batik di lembaga pemasyarakatan 2024")));
		mvc.perform(get("/programmes?type=IG_FACILITATION"))
			.andExpect(content().string(containsString("Batik Tulis Tenun Gedhog Tuban")))
			.andExpect(content().string(not(containsString("Lokakarya produksi seragam batik haji"))));
	}

	@Test
	void theDetailSaysTheRulesInPlainWords() throws Exception {
		mvc.perform(get("/programmes/BINA-LAPAS-2024"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hanya jenis unit ini: Binaan lapas.")))
			.andExpect(content().string(not(containsString("id=\"eligibility-check\""))));
		mvc.perform(get("/programmes/IG-GEDHOG-TUBAN-2024?lang=en"))
			.andExpect(content().string(containsString("Only in these provinces: Jawa Timur.")));
		mvc.perform(get("/programmes/NOPE-1")).andExpect(status().isNotFound());
	}

	@Test
	void theOwnerChecksTheirIkmAndSeesEveryFailedRule() throws Exception {
		long ikm = sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
		mvc.perform(get("/programmes/BINA-LAPAS-2024?ikm=" + ikm).with(logins.as("owner")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"eligibility-result\"")))
			.andExpect(content().string(containsString("data-rule=\"kind\"")));
		mvc.perform(get("/programmes/PELATIHAN-SDM-2024?ikm=" + ikm).with(logins.as("owner")))
			.andExpect(content().string(containsString("IKM ini memenuhi semua syarat program.")));
	}

	@Test
	void theAdminPreparesPublishesAndClosesAProgrammeWithErrorsInline() throws Exception {
		mvc.perform(get("/programmes/new").with(logins.as("officer.33"))).andExpect(status().isForbidden());
		mvc.perform(get("/programmes/new").with(logins.as("admin"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"programme-form\"")));
		mvc.perform(post("/programmes").with(logins.as("admin")).with(csrf())
			.param("code", "HALAMAN-2031").param("name", "Uji halaman").param("type", "TRAINING").param("year", "2031")
			.param("budgetIdr", "0").param("quota", "abc").param("opensOn", "2031-03-01").param("closesOn", "2031-02-01")
			.param("target", "IKM").param("organiser", "Ditjen IKMA").param("description", "Uji"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"budgetIdr-error\"")))
			.andExpect(content().string(containsString("id=\"quota-error\"")))
			.andExpect(content().string(containsString("harus setelah tanggal pendaftaran dibuka")));
		mvc.perform(post("/programmes").with(logins.as("admin")).with(csrf())
			.param("code", "HALAMAN-2031").param("name", "Uji halaman").param("type", "TRAINING").param("year", "2031")
			.param("budgetIdr", "1000000").param("quota", "5").param("opensOn", "2031-02-01").param("closesOn", "2031-03-01")
			.param("target", "IKM").param("organiser", "Ditjen IKMA").param("description", "Uji")
			.param("kinds", "PRISON_UNIT").param("provinces", "33").param("nibRequired", "true"))
			.andExpect(redirectedUrl("/programmes/HALAMAN-2031"));
		mvc.perform(get("/programmes/HALAMAN-2031")).andExpect(status().isNotFound());
		mvc.perform(get("/programmes/HALAMAN-2031/edit").with(logins.as("admin"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"HALAMAN-2031\"")));
		mvc.perform(post("/programmes/HALAMAN-2031/publish").with(logins.as("admin")).with(csrf()))
			.andExpect(redirectedUrl("/programmes/HALAMAN-2031"));
		mvc.perform(get("/programmes/HALAMAN-2031")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Memiliki NIB (nomor induk berusaha).")));
		mvc.perform(get("/programmes/HALAMAN-2031/edit").with(logins.as("admin"))).andExpect(status().isConflict());
		mvc.perform(post("/programmes/HALAMAN-2031/close").with(logins.as("admin")).with(csrf()))
			.andExpect(redirectedUrl("/programmes/HALAMAN-2031"));
		mvc.perform(post("/programmes/HALAMAN-2031/close").with(logins.as("admin")).with(csrf()))
			.andExpect(status().isConflict());
	}
}
