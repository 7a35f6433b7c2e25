package id.canting.certification.indication.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.certification.batikmark.internal.Certificate;
import id.canting.certification.batikmark.internal.Certificates;
import id.canting.registry.IkmId;
import id.canting.registry.Technique;
import id.canting.shared.Actor;
import id.canting.shared.Role;

/** The indication pages and API, the IKM fragment, and the certified IKM on the industry dashboard. */
@CantingTest
@Transactional
class IgWebTest {

	static final String TUBAN = "batik-tulis-tenun-gedhog-tuban";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Certificates certificates;

	@Test
	void anyoneReadsTheListAndThePageInBothLanguages() throws Exception {
		mvc.perform(get("/ig?lang=en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Batik Besurek Bengkulu")))
			.andExpect(content().string(containsString("Registered")))
			.andExpect(content().string(not(containsString("id=\"new-ig\""))));
		mvc.perform(get("/ig/" + TUBAN)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Pemeriksaan substantif")))
			.andExpect(content().string(containsString("12 Agustus 2025")))
			.andExpect(content().string(containsString("Kabupaten Tuban")))
			.andExpect(content().string(not(containsString("id=\"stage-form\""))))
			.andExpect(content().string(not(containsString("id=\"member-form\""))));
		mvc.perform(get("/ig/nope?lang=en")).andExpect(status().isNotFound());
	}

	@Test
	void theApiIsPublicAndCarriesNoPersonalData() throws Exception {
		mvc.perform(get("/api/v1/ig")).andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(org.hamcrest.Matchers.greaterThanOrEqualTo(5)))
			.andExpect(jsonPath("$.content[*].slug", hasItem(TUBAN)));
		mvc.perform(get("/api/v1/ig/" + TUBAN)).andExpect(status().isOk())
			.andExpect(jsonPath("$.stage").value("REGISTERED"))
			.andExpect(jsonPath("$.regencies[0]").value("35.23"))
			.andExpect(content().string(not(containsString("ownerName"))))
			.andExpect(content().string(not(containsString("phone"))))
			.andExpect(content().string(not(containsString("nib"))));
	}

	@Test
	void theApiRefusesStagesOutOfOrderWithTheRuleAndBadRegenciesNamingTheField() throws Exception {
		mvc.perform(post("/api/v1/ig/" + TUBAN + "/stages").with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"stage\": \"FILED_WITH_DJKI\", \"reachedOn\": \"2025-01-01\"}"))
			.andExpect(status().isUnprocessableEntity());
		mvc.perform(post("/api/v1/ig").with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Batik Uji\", \"product\": \"Kain\", \"applicant\": \"MPIG\", \"regencies\": [\"35.99\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("regencies"));
		mvc.perform(post("/api/v1/ig").with(logins.as("officer.35")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Batik Uji\", \"product\": \"Kain\", \"applicant\": \"MPIG\", \"regencies\": [\"35.23\"]}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theAdminFormShowsProblemsInlineAndSavesAValidIndication() throws Exception {
		mvc.perform(post("/ig?lang=en").with(logins.as("admin")).with(csrf()).param("name", "").param("product", "Kain")
				.param("applicant", "MPIG").param("regencies", "35.99"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("35.99 is not a Kemendagri regency or city code")));
		mvc.perform(post("/ig").with(logins.as("admin")).with(csrf()).param("name", "Batik Tulis Lasem Uji")
				.param("product", "Kain").param("applicant", "MPIG").param("regencies", "33.17"))
			.andExpect(redirectedUrl("/ig/batik-tulis-lasem-uji"));
		mvc.perform(post("/ig/batik-tulis-lasem-uji/stages?lang=en").with(logins.as("admin")).with(csrf())
				.param("stage", "COMMUNITY_FORMED").param("reachedOn", LocalDate.now().plusDays(3).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is in the future")));
	}

	@Test
	void anOfficerOfTheProvinceAddsAMemberOnThePageAndSeesRefusalsInline() throws Exception {
		long jateng = jdbc.sql("select min(id) from ikm where province_code = '33' and status = 'ACTIVE'").query(Long.class).single();
		mvc.perform(get("/ig/" + TUBAN).with(logins.as("officer.35")))
			.andExpect(content().string(containsString("id=\"member-form\"")));
		mvc.perform(post("/ig/" + TUBAN + "/members?lang=en").with(logins.as("officer.33")).with(csrf()).param("ikmId", "1"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/ig/" + TUBAN + "/members?lang=en").with(logins.as("admin")).with(csrf())
				.param("ikmId", String.valueOf(jateng)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("which the indication does not cover")));
		long tuban = jdbc.sql("""
				select min(id) from ikm where regency_code = '35.23' and status = 'ACTIVE'
				and id not in (select ikm_id from geographical_indication_member)""").query(Long.class).single();
		mvc.perform(post("/ig/" + TUBAN + "/members").with(logins.as("officer.35")).with(csrf())
				.param("ikmId", String.valueOf(tuban)))
			.andExpect(redirectedUrl("/ig/" + TUBAN));
	}

	@Test
	void theIkmPageLoadsItsCertificatesAndIndicationsFromOneFragment() throws Exception {
		long member = jdbc.sql("""
				select min(m.ikm_id) from geographical_indication_member m
				join geographical_indication g on g.id = m.geographical_indication where g.slug = :s""")
			.param("s", TUBAN).query(Long.class).single();
		Certificate issued = certificates.issue(new Actor("assessor", Role.ASSESSOR, null, Set.of()), new IkmId(member), "Gedhog Uji",
				Technique.TULIS, certificates.today(), null);
		mvc.perform(get("/ikm/" + member).with(logins.as("admin")))
			.andExpect(content().string(containsString("hx-get=\"/certification/ikm/" + member + "\"")));
		mvc.perform(get("/certification/ikm/" + member + "?lang=en").with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(issued.number())))
			.andExpect(content().string(containsString("Gedhog Uji")))
			.andExpect(content().string(containsString("/ig/" + TUBAN)))
			.andExpect(content().string(not(containsString(issued.verificationCode()))));
	}

	@Test
	void theIndustryDashboardAndApiCountCertifiedIkm() throws Exception {
		long ikm = jdbc.sql("select min(id) from ikm where province_code = '33' and status = 'ACTIVE'").query(Long.class).single();
		certificates.issue(new Actor("assessor", Role.ASSESSOR, null, Set.of()), new IkmId(ikm), "Uji Statistik", Technique.CAP,
				certificates.today(), null);
		long expected = jdbc.sql("select count(distinct ikm_id) from certificate where status = 'ACTIVE' and valid_until >= :t and province_code = '33'")
			.param("t", certificates.today()).query(Long.class).single();
		mvc.perform(get("/api/v1/statistics/industry?province=33")).andExpect(status().isOk())
			.andExpect(jsonPath("$.certified.ikm").value(expected))
			.andExpect(jsonPath("$.certified.byProvince[0].key").value("33"))
			.andExpect(jsonPath("$.certified.definition").exists())
			.andExpect(jsonPath("$.certified.asOf").exists());
		mvc.perform(get("/statistics/industry?lang=en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"table-certified-technique\"")))
			.andExpect(content().string(containsString("IKM with a Batikmark certificate")));
	}

	@Test
	void thePublicSeesOnlyActiveVerifiedMembersAndStaffSeeEachMembersStanding() throws Exception {
		var members = jdbc.sql("""
				select m.ikm_id from geographical_indication_member m
				join geographical_indication g on g.id = m.geographical_indication
				join ikm i on i.id = m.ikm_id where g.slug = ? and i.status = 'ACTIVE' and i.verification = 'VERIFIED'
				order by m.ikm_id""")
			.param(TUBAN).query(Long.class).list();
		long unverified = members.get(0);
		long inactive = members.get(1);
		jdbc.sql("update ikm set verification = 'UNVERIFIED' where id = ?").param(unverified).update();
		jdbc.sql("update ikm set status = 'INACTIVE' where id = ?").param(inactive).update();

		for (String reader : new String[] { null, "owner", "officer.33", "buyer" }) {
			var api = get("/api/v1/ig/" + TUBAN);
			var page = get("/ig/" + TUBAN);
			if (reader != null) {
				api.with(logins.as(reader));
				page.with(logins.as(reader));
			}
			mvc.perform(api).andExpect(status().isOk())
				.andExpect(jsonPath("$.members[*].ikmId", not(hasItem((int) unverified))))
				.andExpect(jsonPath("$.members[*].ikmId", not(hasItem((int) inactive))))
				.andExpect(jsonPath("$.members[*].ikmId", hasItem(members.get(2).intValue())))
				.andExpect(jsonPath("$.members[*].status", not(hasItem("INACTIVE"))))
				.andExpect(jsonPath("$.members[*].verified", not(hasItem(false))));
			mvc.perform(page).andExpect(status().isOk())
				.andExpect(content().string(not(containsString("data-ikm=\"" + unverified + "\""))))
				.andExpect(content().string(not(containsString("data-ikm=\"" + inactive + "\""))));
		}
		mvc.perform(get("/api/v1/ig")).andExpect(jsonPath("$.content[?(@.slug == '" + TUBAN + "')].members[*].ikmId",
				not(hasItem((int) unverified))));
		// the list page counts only the public members
		String count = Jsoup.parse(mvc.perform(get("/ig")).andReturn().getResponse().getContentAsString())
			.select("tr[data-slug=" + TUBAN + "] td.num").text();
		org.assertj.core.api.Assertions.assertThat(count).isEqualTo(String.valueOf(members.size() - 2));

		for (String staff : new String[] { "admin", "officer.35" }) {
			mvc.perform(get("/api/v1/ig/" + TUBAN).with(logins.as(staff)))
				.andExpect(jsonPath("$.members[?(@.ikmId == " + unverified + ")].verified").value(hasItem(false)))
				.andExpect(jsonPath("$.members[?(@.ikmId == " + inactive + ")].status").value(hasItem("INACTIVE")));
			mvc.perform(get("/ig/" + TUBAN).with(logins.as(staff)).param("lang", "en"))
				.andExpect(content().string(containsString("data-ikm=\"" + unverified + "\"")))
				.andExpect(content().string(containsString("Not verified (hidden from the public)")))
				.andExpect(content().string(containsString("Inactive (hidden from the public)")));
		}
	}
}
