package id.canting.programme.application.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;
import id.canting.programme.ApplicationFixtures;

import tools.jackson.databind.json.JsonMapper;

/**
 * The machines page: the owner lists machines (a used machine is refused next to its field), sees the
 * reimbursement the rate table gives, and the province's officer records the visit; in Bahasa
 * Indonesia and English.
 */
@CantingTest
@Transactional
class MachineClaimPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	AccountSessions sessions;

	@Autowired
	JdbcClient jdbc;

	long id;
	int year;

	@BeforeEach
	void aDraftApplication() throws Exception {
		long ikm = sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
		jdbc.sql("update ikm set workers_male = 5, workers_female = 5, investment_idr = 500000000 where id = :id")
			.param("id", ikm).update();
		year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
		String code = ApplicationFixtures.openMachineRestructuring(mvc, logins);
		String json = mvc.perform(post("/api/v1/programmes/" + code + "/applications").with(logins.as("owner"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"ikmId\": " + ikm + ", \"proposal\": \"Mesin cap baru\", \"requestedIdr\": 0}"))
			.andReturn().getResponse().getContentAsString();
		id = JsonMapper.builder().build().readTree(json).get("id").asLong();
	}

	@Test
	void theOwnerClaimsMachinesAndSeesTheReimbursement() throws Exception {
		String page = mvc.perform(post("/applications/" + id + "/machines/claim").with(logins.as("owner")).with(csrf())
			.param("lines[0].machineName", "Mesin bekas").param("lines[0].condition", "USED")
			.param("lines[0].origin", "DOMESTIC").param("lines[0].supplier", "CV Uji")
			.param("lines[0].invoiceNumber", "INV-1").param("lines[0].taxInvoiceNumber", "010.000-24.1")
			.param("lines[0].purchaseDate", year + "-01-15").param("lines[0].priceIdr", "400.000.000"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Document refused = Jsoup.parse(page);
		org.assertj.core.api.Assertions.assertThat(refused.select("td.has-error .field-error").text())
			.contains("bekas");

		mvc.perform(post("/applications/" + id + "/machines/claim").with(logins.as("owner")).with(csrf())
			.param("lines[0].machineName", "Mesin cap tembaga").param("lines[0].condition", "NEW")
			.param("lines[0].origin", "DOMESTIC").param("lines[0].supplier", "CV Uji")
			.param("lines[0].invoiceNumber", "INV-1").param("lines[0].taxInvoiceNumber", "010.000-24.1")
			.param("lines[0].purchaseDate", year + "-01-15").param("lines[0].priceIdr", "400.000.000")
			.param("lines[2].machineName", "Mesin pengering").param("lines[2].condition", "NEW")
			.param("lines[2].origin", "IMPORTED").param("lines[2].supplier", "PT Impor")
			.param("lines[2].invoiceNumber", "INV-2").param("lines[2].taxInvoiceNumber", "010.000-24.2")
			.param("lines[2].purchaseDate", year + "-02-01").param("lines[2].priceIdr", "200000000"))
			.andExpect(redirectedUrl("/applications/" + id + "/machines"));
		mvc.perform(get("/applications/" + id + "/machines").with(logins.as("owner")))
			.andExpect(content().string(containsString("Rp170.000.000")))
			.andExpect(content().string(containsString("Mesin dan kunjungan verifikasi")))
			.andExpect(content().string(not(containsString("id=\"visit-form\""))));
		mvc.perform(get("/applications/" + id + "/machines").with(logins.as("owner")).header("Accept-Language", "en")
			.param("lang", "en"))
			.andExpect(content().string(containsString("Machines and verification visit")));
	}

	@Test
	void aPriceThatIsNotAnAmountIsRefusedInItsCell() throws Exception {
		String page = mvc.perform(post("/applications/" + id + "/machines/claim").with(logins.as("owner")).with(csrf())
			.param("lines[0].machineName", "Mesin cap tembaga").param("lines[0].condition", "NEW")
			.param("lines[0].origin", "DOMESTIC").param("lines[0].supplier", "CV Uji")
			.param("lines[0].invoiceNumber", "INV-1").param("lines[0].taxInvoiceNumber", "010.000-24.1")
			.param("lines[0].purchaseDate", year + "-01-15").param("lines[0].priceIdr", "empat ratus juta"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Document refused = Jsoup.parse(page);
		org.assertj.core.api.Assertions.assertThat(refused.select("td.has-error .field-error").text())
			.isEqualTo("harus lebih dari 0");
		org.assertj.core.api.Assertions.assertThat(refused.select("input[name=\"lines[0].priceIdr\"]").attr("value"))
			.isEqualTo("empat ratus juta");
	}

	@Test
	void theOfficerRecordsTheVisitWithInlineErrors() throws Exception {
		mvc.perform(post("/applications/" + id + "/machines/claim").with(logins.as("owner")).with(csrf())
			.param("lines[0].machineName", "Mesin cap tembaga").param("lines[0].condition", "NEW")
			.param("lines[0].origin", "DOMESTIC").param("lines[0].supplier", "CV Uji")
			.param("lines[0].invoiceNumber", "INV-1").param("lines[0].taxInvoiceNumber", "010.000-24.1")
			.param("lines[0].purchaseDate", year + "-01-15").param("lines[0].priceIdr", "400000000"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/api/v1/applications/" + id + "/submit").with(logins.as("owner"))).andExpect(status().isOk());
		String page = mvc.perform(post("/applications/" + id + "/machines/visit").with(logins.as("officer.33")).with(csrf())
			.param("companyExists", "true").param("machines[0].line", "1").param("machines[0].present", "true")
			.param("machines[0].isNew", "true"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		org.assertj.core.api.Assertions.assertThat(Jsoup.parse(page).select(".has-error .field-error").text())
			.isNotBlank();
		mvc.perform(post("/applications/" + id + "/machines/visit").with(logins.as("officer.33")).with(csrf())
			.param("visitedOn", LocalDate.now(ZoneId.of("Asia/Jakarta")).toString()).param("companyExists", "true")
			.param("machines[0].line", "1").param("machines[0].present", "true").param("machines[0].isNew", "true"))
			.andExpect(redirectedUrl("/applications/" + id + "/machines"));
		mvc.perform(get("/applications/" + id + "/machines").with(logins.as("admin")))
			.andExpect(content().string(containsString("Kunjungan memastikan perusahaan ada")));
		mvc.perform(get("/applications/" + id + "/machines").with(logins.as("officer.35")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theApplicationPageLinksTheMachinesAndLoadsItsDocuments() throws Exception {
		Document page = Jsoup.parse(mvc.perform(get("/applications/" + id).with(logins.as("owner")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		org.assertj.core.api.Assertions.assertThat(page.select("#machines-link").attr("href"))
			.isEqualTo("/applications/" + id + "/machines");
		org.assertj.core.api.Assertions.assertThat(page.select("#documents").attr("hx-get"))
			.isEqualTo("/applications/" + id + "/documents");
	}
}
