package id.canting.programme.application.web;

import static org.hamcrest.Matchers.allOf;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;

/**
 * The rate table and the quote calculator on a machine-restructuring programme's page, in both
 * languages, and the rate table in the admin's programme form, with problems next to their fields.
 */
@CantingTest
@Transactional
class ReimbursementQuotePagesTest {

	static final String QUOTE = "/programmes/RESTRUKTURISASI-MESIN-2024/quote";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Test
	void theMachineProgrammesPageShowsItsRatesAndTheCalculator() throws Exception {
		mvc.perform(get("/programmes/RESTRUKTURISASI-MESIN-2024"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"rate-table\""), containsString("Dalam negeri"),
					containsString("30%"), containsString("25%"), containsString("Semua skala usaha"),
					containsString("Rp5.000.000"), containsString("Rp300.000.000"), containsString("id=\"quote-form\""))));
		mvc.perform(get("/programmes/RESTRUKTURISASI-MESIN-2024?lang=en"))
			.andExpect(content().string(allOf(containsString("Domestic"), containsString("Every size class"),
					containsString("Rp300,000,000"), containsString("Reimbursement calculator"))));
		mvc.perform(get("/programmes/BINA-LAPAS-2024"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("id=\"rate-table\"")),
					not(containsString("id=\"quote-form\"")))));
	}

	@Test
	void anyoneCalculatesAQuoteOnItsOwnPageOrInPlace() throws Exception {
		mvc.perform(quote("KECIL", "DOMESTIC", "400000000", "IMPORTED", "200000000"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html"), containsString("id=\"quote-result\""),
					containsString("Rp120.000.000"), containsString("Rp50.000.000"),
					containsString("id=\"quote-amount\">Rp170.000.000<"), not(containsString("id=\"quote-reasons\"")))));
		mvc.perform(quote("MENENGAH", "DOMESTIC", "1200000000", null, null).header("HX-Request", "true")
			.param("lang", "en").with(logins.as("owner")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("<html")), containsString("id=\"quote-calculator\""),
					containsString("id=\"quote-amount\">Rp300,000,000<"), containsString("data-rule=\"maximum\""),
					containsString("capped at the maximum of Rp300,000,000 per company"),
					containsString("value=\"1200000000\""))));
		mvc.perform(quote("KECIL", "DOMESTIC", "10000000", null, null))
			.andExpect(content().string(allOf(containsString("id=\"quote-amount\">Rp0<"),
					containsString("data-rule=\"minimum\""), containsString("di bawah minimum Rp5.000.000"))));
	}

	@Test
	void showsEachProblemNextToItsField() throws Exception {
		mvc.perform(get(QUOTE).param("lines[0].origin", "DOMESTIC").param("lines[2].priceIdr", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"quote-sizeClass-error\""),
					containsString("id=\"quote-lines-0-priceIdr-error\""),
					containsString("id=\"quote-lines-2-priceIdr-error\">harus berupa angka<"),
					containsString("id=\"quote-lines-2-origin-error\""),
					not(containsString("id=\"quote-lines-1-")), not(containsString("id=\"quote-result\"")))));
		mvc.perform(get(QUOTE).param("sizeClass", "KECIL"))
			.andExpect(content().string(containsString("id=\"quote-lines-error\"")));
		mvc.perform(get(QUOTE)).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"quote-form\""), not(containsString("field-error")))));
	}

	@Test
	void aProgrammeWithoutRatesSaysItCannotQuote() throws Exception {
		mvc.perform(get("/programmes/PELATIHAN-SDM-2024/quote").param("sizeClass", "KECIL")
			.param("lines[0].origin", "DOMESTIC").param("lines[0].priceIdr", "1000000"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"quote-no-rates\""),
					containsString("tidak memiliki tabel tarif penggantian"), not(containsString("id=\"quote-form\"")))));
		mvc.perform(get("/programmes/NOPE-1/quote")).andExpect(status().isNotFound());
	}

	@Test
	void theAdminSetsTheRateTableInTheFormWithProblemsInline() throws Exception {
		mvc.perform(machineForm().param("rates[0].origin", "DOMESTIC").param("rates[0].ratePercent", "130")
			.param("rates[1].origin", "DOMESTIC").param("rates[1].sizeClass", "").param("rates[1].ratePercent", "30")
			.param("minimumIdr", "5000000").param("maximumIdr", "1000000"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"rates0.ratePercent-error\""),
					containsString("paling tinggi 100 persen"), containsString("id=\"maximumIdr-error\""),
					containsString("id=\"rates1.sizeClass\""))));
		mvc.perform(machineForm()).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"rates-error\""),
					containsString("memerlukan paling sedikit satu tarif"))));
		mvc.perform(machineForm().param("rates[0].origin", "DOMESTIC").param("rates[0].ratePercent", "30")
			.param("rates[3].origin", "IMPORTED").param("rates[3].ratePercent", "27.5")
			.param("minimumIdr", "5000000").param("maximumIdr", "300000000"))
			.andExpect(redirectedUrl("/programmes/MESIN-HALAMAN-2031"));
		mvc.perform(get("/programmes/MESIN-HALAMAN-2031").with(logins.as("admin")))
			.andExpect(content().string(allOf(containsString("27,5%"), containsString("Rp300.000.000"))));
		mvc.perform(get("/programmes/MESIN-HALAMAN-2031/edit").with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"27.5\""), containsString("value=\"300000000\""))));
	}

	private static MockHttpServletRequestBuilder quote(String sizeClass, String origin0, String price0, String origin1,
			String price1) {
		MockHttpServletRequestBuilder request = get(QUOTE).param("sizeClass", sizeClass)
			.param("lines[0].origin", origin0).param("lines[0].priceIdr", price0);
		if (origin1 != null) {
			request.param("lines[1].origin", origin1).param("lines[1].priceIdr", price1);
		}
		return request;
	}

	private MockHttpServletRequestBuilder machineForm() {
		return post("/programmes").with(logins.as("admin")).with(csrf())
			.param("code", "MESIN-HALAMAN-2031").param("name", "Uji mesin").param("type", "MACHINE_RESTRUCTURING")
			.param("year", "2031").param("budgetIdr", "1000000000").param("quota", "5").param("opensOn", "2031-02-01")
			.param("closesOn", "2031-03-01").param("target", "IKM").param("organiser", "Ditjen IKMA")
			.param("description", "Uji");
	}
}
