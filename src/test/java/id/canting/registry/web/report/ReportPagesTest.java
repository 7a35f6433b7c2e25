package id.canting.registry.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

import id.canting.AsUser;
import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;

/** The report pages: the owner's forms with inline errors, the office's queue and the compliance overview. */
@CantingTest
@Transactional
class ReportPagesTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	TestLogins logins;

	@Autowired
	AccountSessions sessions;

	@Autowired
	JdbcClient jdbc;

	long ownedIkm;

	@BeforeEach
	void theOwnersIkm() {
		ownedIkm = sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
	}

	@Test
	void theOwnerFindsTheReportsFromTheIkmPageAndFilesOne() throws Exception {
		MockMvc owner = AsUser.mockMvc(context, logins, "owner");
		assertThat(page(owner, get("/ikm/" + ownedIkm)).select("#reports-tab").attr("href"))
			.isEqualTo("/ikm/" + ownedIkm + "/reports");
		assertThat(page(owner, get("/ikm/" + ownedIkm + "/reports")).select("#new-report")).hasSize(1);
		assertThat(page(owner, get("/ikm/" + ownedIkm + "/reports/new")).select("#report-form input[name=semester]"))
			.hasSize(1);

		owner.perform(filing(post("/ikm/" + ownedIkm + "/reports")))
			.andExpect(redirectedUrl("/ikm/" + ownedIkm + "/reports/2024-S2"))
			.andExpect(flash().attribute("notice", "report.notice.filed"));
		Document report = page(owner, get("/ikm/" + ownedIkm + "/reports/2024-S2"));
		assertThat(report.select("#report-title").text()).isEqualTo("Laporan Semester 2 2024");
		assertThat(report.select(".report-status").text()).isEqualTo("Draf");
		assertThat(report.select("#submit")).hasSize(1);
		assertThat(report.select("#accept")).isEmpty();

		owner.perform(post("/ikm/" + ownedIkm + "/reports/2024-S2/submit"))
			.andExpect(redirectedUrl("/ikm/" + ownedIkm + "/reports/2024-S2"));
		assertThat(page(owner, get("/ikm/" + ownedIkm + "/reports/2024-S2")).select("#submit")).isEmpty();
	}

	@Test
	void anInvalidReportShowsEachErrorNextToItsFieldAndSavesNothing() throws Exception {
		long before = jdbc.sql("select count(*) from semester_report").query(Long.class).single();
		MockMvc owner = AsUser.mockMvc(context, logins, "owner");
		Document page = page(owner, filing(post("/ikm/" + ownedIkm + "/reports"), "semester", "2024-S9", "workersMale",
				"-1", "machines", "abc"));

		assertThat(page.select("#semester-error").text()).contains("2024-S1");
		assertThat(page.select("#workersMale-error").text()).isEqualTo("tidak boleh negatif");
		assertThat(page.select("#machines-error").text()).isEqualTo("harus berupa angka");
		assertThat(page.select("#salesDomesticIdr-error")).isEmpty();
		assertThat(jdbc.sql("select count(*) from semester_report").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void theOfficerReturnsFromTheQueueOnlyWithAReason() throws Exception {
		MockMvc officer = AsUser.mockMvc(context, logins, "officer.33");
		Document queue = page(officer, get("/reports/review"));
		assertThat(queue.select("#review-queue tbody tr .report-link")).hasSize(20);
		String link = queue.select("#review-queue .report-link").first().attr("href");

		officer.perform(post(link + "/return").param("reason", " ").param("from", "review"))
			.andExpect(redirectedUrl(link + "#return"));
		MvcResult refused = officer.perform(post(link + "/return").param("reason", "")).andReturn();
		Document report = Jsoup.parse(officer.perform(get(link).flashAttrs(refused.getFlashMap())).andReturn()
			.getResponse().getContentAsString());
		assertThat(report.select("#reason-error").text()).isEqualTo("wajib diisi");
		assertThat(report.select(".report-status").text()).isEqualTo("Terkirim, menunggu pemeriksaan");

		officer.perform(post(link + "/return").param("reason", "Mohon lampirkan bukti penjualan").param("from", "review"))
			.andExpect(redirectedUrl("/reports/review"));
		assertThat(page(officer, get(link)).select("#returned-reason").text()).contains("Mohon lampirkan bukti penjualan");
	}

	@Test
	void theCompliancePageSaysHowManyHaveNotReported() throws Exception {
		MockMvc officer = AsUser.mockMvc(context, logins, "officer.33");
		Document page = page(officer, get("/reports/compliance").param("semester", "2024-S1"));
		long missing = jdbc.sql("""
				select count(*) from ikm i where i.status = 'ACTIVE' and i.province_code = '33'
				  and not exists (select 1 from semester_report r where r.ikm_id = i.id and r.semester = '2024-S1'
				                  and r.status in ('SUBMITTED', 'ACCEPTED'))""").query(Long.class).single();
		assertThat(page.select("#compliance-summary").text())
			.endsWith(String.format(java.util.Locale.forLanguageTag("id"), "%,d belum.", missing));
		assertThat(page.select("#compliance-province tbody tr")).hasSize(1);
		assertThat(page.select("#missing-ikm tbody tr")).hasSize((int) Math.min(50, missing));
	}

	@Test
	void othersCannotOpenTheOfficesPages() throws Exception {
		MockMvc owner = AsUser.mockMvc(context, logins, "owner");
		owner.perform(get("/reports/review")).andExpect(status().isForbidden());
		owner.perform(get("/reports/compliance")).andExpect(status().isForbidden());
		AsUser.mockMvc(context, logins, "officer.33").perform(get("/reports/compliance").param("province", "35"))
			.andExpect(status().isForbidden());
	}

	/** A valid filing for 2024-S2, with some fields replaced: name, value, name, value, ... */
	private static MockHttpServletRequestBuilder filing(MockHttpServletRequestBuilder request, String... replaced) {
		Map<String, String> fields = new LinkedHashMap<>(Map.of("semester", "2024-S2", "workersMale", "2",
				"workersFemale", "6", "productionPieces", "600", "installedCapacity", "900", "investmentIdr", "150000000",
				"rawMaterialsIdr", "40000000", "salesDomesticIdr", "110000000", "salesExportIdr", "0", "machines", "3"));
		for (int i = 0; i < replaced.length; i += 2) {
			fields.put(replaced[i], replaced[i + 1]);
		}
		fields.forEach(request::param);
		return request;
	}

	private static Document page(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
	}
}
