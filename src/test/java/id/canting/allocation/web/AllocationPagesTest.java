package id.canting.allocation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;

/**
 * The allocation pages: the admin writes an order in the form (errors inline, printing refused, the
 * points' sum on the rows; "add a row" without script), sees it with its links and workflow; the officer
 * sees the eligibility with reasons; the owner confirms capacity on a phone-sized page (refused above the
 * computed capacity, inline); numbers written the reader's way.
 */
@CantingTest
@Transactional
class AllocationPagesTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestLogins logins;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	AccountSessions sessions;

	long ownerIkm;

	@BeforeEach
	void ownersIkmMakesCapBatik() {
		ownerIkm = OwnerIkm.asProducer(jdbc, sessions, "KOMBINASI", 1500);
	}

	Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	MockHttpServletRequestBuilder form(String technique, String quantity) {
		return post("/allocation/orders").with(csrf()).with(logins.as("admin")).param("title", "Seragam haji halaman")
			.param("buyerName", "Bank Haji").param("technique", technique).param("unit", "PIECE")
			.param("quantity", quantity).param("startsOn", "2030-03-01").param("dueOn", "2030-03-30")
			.param("requireNib", "true").param("batikmarkRule", "NOT_REQUIRED").param("halalRule", "NOT_REQUIRED")
			.param("minimumLot", "0").param("fairnessFactor", "0.5")
			.param("points[0].code", "JKT").param("points[0].name", "Embarkasi Jakarta")
			.param("points[0].provinceCode", "31").param("points[0].quantity", "1200")
			.param("points[1].code", "").param("points[1].name", "").param("points[1].provinceCode", "")
			.param("points[1].quantity", "");
	}

	@Test
	void theAdminWritesAnOrderWithErrorsInlineThenSeesIt() throws Exception {
		Document empty = page(get("/allocation/orders/new?lang=en").with(logins.as("admin")));
		assertThat(empty.select("#point-rows tbody tr")).hasSize(3);
		Document more = page(form("CAP", "1200").param("addRow", "1").param("lang", "en"));
		assertThat(more.select("#point-rows tbody tr")).hasSize(3);
		assertThat(more.select("#points-0\\.code, input[name='points[0].code']").attr("value")).isEqualTo("JKT");

		Document print = page(form("PRINT", "1200").param("lang", "en"));
		assertThat(print.select("#technique-error").text()).contains("printing is not batik");
		Document sum = page(form("CAP", "1500").param("lang", "id"));
		assertThat(sum.select("#points-error").text()).contains("1.200").contains("1.500");
		assertThat(jdbc.sql("select count(*) from allocation_order where title = 'Seragam haji halaman'")
			.query(Long.class).single()).isZero();

		String location = mvc.perform(form("CAP", "1200")).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		Document detail = page(get(location + "?lang=id").with(logins.as("admin")));
		assertThat(detail.select("#order-quantity").text()).isEqualTo("1.200 potong");
		assertThat(detail.select("#plan-link").attr("href")).endsWith("/plan");
		assertThat(detail.select("#status-CLOSED")).hasSize(1);
		assertThat(page(get(location + "?lang=en").with(logins.as("admin"))).select("#order-quantity").text())
			.isEqualTo("1,200 pieces");
		assertThat(page(get("/allocation/orders").with(logins.as("admin"))).select("#orders tbody tr")).isNotEmpty();
	}

	@Test
	void theOfficerSeesTheirProvincesEligibilityWithReasons() throws Exception {
		String location = mvc.perform(form("CAP", "1200")).andReturn().getResponse().getRedirectedUrl();
		Document eligible = page(get(location + "/eligibility?lang=en").with(logins.as("officer.33")));
		assertThat(eligible.select("#eligibility-rows tbody tr")).isNotEmpty();
		assertThat(eligible.select("#eligibility-summary").text()).contains("eligible IKM");
		assertThat(page(get(location + "/eligibility?lang=en").with(logins.as("officer.35"))).select("#ikm-" + ownerIkm))
			.isEmpty();
		Document ineligible = page(get(location + "/eligibility?show=ineligible&lang=en").with(logins.as("officer.33")));
		assertThat(ineligible.select("td.reasons").eachText()).anyMatch(t -> t.contains("no cap technique"));
		assertThat(ineligible.select("#reason-counts")).hasSize(1);
	}

	@Test
	void theOwnerConfirmsCapacityOnAPhoneSizedPage() throws Exception {
		String location = mvc.perform(form("CAP", "1200")).andReturn().getResponse().getRedirectedUrl();
		String capacity = location + "/capacity/" + ownerIkm;
		Document page = page(get(capacity + "?lang=id").with(logins.as("owner")));
		assertThat(page.select("#capacity-computed").text()).isEqualTo("1.500 potong");
		assertThat(page.select("#capacity-form")).hasSize(1);
		Document refused = page(post(capacity).with(csrf()).with(logins.as("owner")).param("quantity", "1.501")
			.param("lang", "en"));
		assertThat(refused.select("#quantity-error").text()).contains("must not exceed the computed capacity (1,500)");
		mvc.perform(post(capacity).with(csrf()).with(logins.as("owner")).param("quantity", "1.000"))
			.andExpect(status().is3xxRedirection());
		assertThat(page(get(capacity).with(logins.as("owner"))).select("#capacity-confirmed").text()).isEqualTo("1.000 potong");
		assertThat(page(get(location).with(logins.as("owner"))).select("#capacity-link-" + ownerIkm)).hasSize(1);
	}

	@Test
	void theOfficerRecordsALicenceAndTheOwnerReadsIt() throws Exception {
		mvc.perform(post("/allocation/licences/" + ownerIkm).with(csrf()).with(logins.as("officer.33"))
			.param("version", "0").param("kbli13134", "true").param("halalStatus", "HELD"))
			.andExpect(status().isOk());
		mvc.perform(post("/allocation/licences/" + ownerIkm).with(csrf()).with(logins.as("officer.33"))
			.param("version", "0").param("kbli13134", "true").param("halalStatus", "HELD").param("halalNumber", "ID00110012345"))
			.andExpect(status().is3xxRedirection());
		Document owner = page(get("/allocation/licences/" + ownerIkm).with(logins.as("owner")));
		assertThat(owner.select("#licence-submit")).isEmpty();
		assertThat(owner.select("#halalNumber").attr("value")).isEqualTo("ID00110012345");
		mvc.perform(get("/allocation/licences/" + ownerIkm).with(logins.as("officer.35"))).andExpect(status().isForbidden());
	}
}
