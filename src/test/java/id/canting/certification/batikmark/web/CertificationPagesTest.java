package id.canting.certification.batikmark.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;

/**
 * The certification pages in both languages: the assessor's queue with the service-level flag, a
 * step refused inside its form, the apply form's inline errors, certificate actions and the
 * surveillance list.
 */
@CantingTest
@Transactional
class CertificationPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountSessions sessions;

	long demoApplication(String status) {
		return jdbc.sql("select min(id) from certification_application where status = ?").param(status)
			.query(Long.class).single();
	}

	@Test
	void theAssessorsQueueFlagsTheLongRunningOnes() throws Exception {
		mvc.perform(get("/certification/applications").with(logins.as("assessor")).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Batikmark applications")))
			.andExpect(content().string(containsString("Over the service level")));
		mvc.perform(get("/certification/applications?status=PAID").with(logins.as("assessor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Melewati batas layanan")));
	}

	@Test
	void aRefusedStepShowsItsProblemInItsForm() throws Exception {
		long id = demoApplication("FILE_CHECKED");
		mvc.perform(post("/certification/applications/" + id + "/sampling").param("sampledOn", "kemarin")
			.with(csrf()).with(logins.as("assessor")).locale(Locale.ENGLISH))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"sampledOn-error\">must be a date written as 2024-03-01; "
					+ "kemarin is not<")));
		mvc.perform(post("/certification/applications/" + id + "/sampling").param("sampledOn", "2024-06-03")
			.with(csrf()).with(logins.as("assessor")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"samplingOfficer-error\"")))
			.andExpect(content().string(containsString("id=\"sampleCodes-error\"")));
		mvc.perform(post("/certification/applications/" + id + "/issue").with(csrf()).with(logins.as("assessor")))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"refusal\"")));
		mvc.perform(post("/certification/applications/" + id + "/sampling").param("sampledOn", "2024-06-03")
			.param("samplingOfficer", "Dewi").param("sampleCodes", "S-1").with(csrf()).with(logins.as("assessor")))
			.andExpect(status().is3xxRedirection());
		long tested = jdbc.sql("""
				select min(id) from certification_application where status = 'TESTED' and shrinkage_passed = false""")
			.query(Long.class).single();
		mvc.perform(post("/certification/applications/" + tested + "/issue").with(csrf()).with(logins.as("assessor"))
			.locale(Locale.ENGLISH))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("no certificate can be issued")));
	}

	@Test
	void aTypedFeeOrDayThatCannotBeReadIsRefusedInItsField() throws Exception {
		long sampled = demoApplication("SAMPLED");
		mvc.perform(post("/certification/applications/" + sampled + "/bill").param("pnbpIdr", "dua juta")
			.with(csrf()).with(logins.as("assessor")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"pnbpIdr-error\">bukan angka: dua juta<")))
			.andExpect(content().string(containsString("value=\"dua juta\"")));
		mvc.perform(post("/certification/applications/" + sampled + "/bill").param("pnbpIdr", "1.500.000")
			.with(csrf()).with(logins.as("assessor")))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select pnbp_idr from certification_application where id = ?").param(sampled)
			.query(Long.class).single()).isEqualTo(1_500_000L);

		long billed = demoApplication("BILLED");
		mvc.perform(post("/certification/applications/" + billed + "/payment").param("paidOn", "kemarin")
			.with(csrf()).with(logins.as("assessor")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"paidOn-error\">harus tanggal dengan format 2024-03-01; "
					+ "kemarin bukan tanggal<")));

		String number = jdbc.sql("select min(number) from certificate where status = 'ACTIVE'").query(String.class)
			.single();
		mvc.perform(post("/certification/certificates/" + number + "/surveillance").param("visitedOn", "kemarin")
			.param("result", "PASS").with(csrf()).with(logins.as("assessor")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("harus tanggal dengan format 2024-03-01; kemarin bukan tanggal")));
	}

	@Test
	void theApplyFormShowsItsErrorsInline() throws Exception {
		long ownerIkm = sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
		mvc.perform(get("/certification/apply").with(logins.as("owner"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + ownerIkm + "\"")));
		mvc.perform(post("/certification/apply").param("ikmId", String.valueOf(ownerIkm)).with(csrf())
			.with(logins.as("owner")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"brand-error\"")))
			.andExpect(content().string(containsString("id=\"technique-error\"")));
		String technique = jdbc.sql("select min(technique) from ikm_technique where ikm_id = ?").param(ownerIkm)
			.query(String.class).single();
		mvc.perform(post("/certification/apply").param("ikmId", String.valueOf(ownerIkm)).param("brand", "Uji Halaman")
			.param("trademarkNumber", "IDM1").param("technique", technique).param("productDescription", "Kain")
			.with(csrf()).with(logins.as("owner")))
			.andExpect(redirectedUrlPattern("/certification/applications/*"));
		mvc.perform(get("/certification/applications").with(logins.as("owner")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Uji Halaman")));
	}

	@Test
	void certificateActionsAndSurveillance() throws Exception {
		String number = jdbc.sql("select min(number) from certificate where status = 'ACTIVE'").query(String.class)
			.single();
		String page = "/certification/certificates/" + number;
		mvc.perform(get(page).with(logins.as("assessor"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"suspend-form\"")));
		mvc.perform(post(page + "/suspend").with(csrf()).with(logins.as("assessor")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"suspend-reason-error\"")));
		mvc.perform(post(page + "/suspend").param("reason", "Uji").with(csrf()).with(logins.as("assessor")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(page).with(logins.as("assessor"))).andExpect(content().string(containsString("id=\"reinstate-form\"")));
		mvc.perform(post(page + "/surveillance").param("result", "PASS").with(csrf()).with(logins.as("assessor")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"visitedOn-error\"")));
		mvc.perform(get("/certification/surveillance?overdue=true").with(logins.as("assessor")).locale(Locale.ENGLISH))
			.andExpect(status().isOk()).andExpect(content().string(containsString("data-overdue=\"true\"")));
		mvc.perform(get("/certification/surveillance").with(logins.as("owner"))).andExpect(status().isForbidden());
	}

	@Test
	void theAssessorIsNotLinkedToARegistryPageItMayNotOpenButToThePublicCatalogue() throws Exception {
		long id = jdbc.sql("select min(id) from certification_application").query(Long.class).single();
		long ikm = jdbc.sql("select ikm_id from certification_application where id = ?").param(id).query(Long.class)
			.single();
		jdbc.sql("update ikm set status = 'ACTIVE', verification = 'VERIFIED' where id = ?").param(ikm).update();
		String page = "/certification/applications/" + id;
		mvc.perform(get(page).with(logins.as("admin")))
			.andExpect(content().string(containsString("href=\"/ikm/" + ikm + "\"")));
		mvc.perform(get(page).with(logins.as("assessor")))
			.andExpect(content().string(not(containsString("href=\"/ikm/" + ikm + "\""))))
			.andExpect(content().string(containsString("href=\"/catalogue/" + ikm + "\"")));
		mvc.perform(get("/catalogue/" + ikm).with(logins.as("assessor"))).andExpect(status().isOk());
		// not public: the name alone, no link into a refusal
		jdbc.sql("update ikm set verification = 'UNVERIFIED' where id = ?").param(ikm).update();
		mvc.perform(get(page).with(logins.as("assessor")))
			.andExpect(content().string(not(containsString("href=\"/catalogue/" + ikm + "\""))))
			.andExpect(content().string(containsString("id=\"ikm-name\"")));
	}

	@Test
	void revokingAsksForAReasonAndAConfirmationAndShowsTheReasonAfterwards() throws Exception {
		String number = jdbc.sql("select min(number) from certificate where status = 'ACTIVE'").query(String.class)
			.single();
		String page = "/certification/certificates/" + number;
		mvc.perform(get(page).with(logins.as("assessor")))
			.andExpect(content().string(containsString("id=\"revoke-confirmed\"")));
		// neither reason nor confirmation: both named, nothing changes
		mvc.perform(post(page + "/revoke").with(csrf()).with(logins.as("assessor")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"revoke-reason-error\"")))
			.andExpect(content().string(containsString("id=\"revoke-confirmed-error\"")));
		// a reason but not confirmed: still refused
		mvc.perform(post(page + "/revoke").param("reason", "Label dipakai pada produk lain").with(csrf())
			.with(logins.as("assessor")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("pencabutan tidak dapat dibatalkan")));
		assertThat(jdbc.sql("select status from certificate where number = ?").param(number).query(String.class).single())
			.isEqualTo("ACTIVE");

		mvc.perform(post(page + "/revoke").param("reason", "Label dipakai pada produk lain").param("confirmed", "true")
			.with(csrf()).with(logins.as("assessor")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(page).with(logins.as("assessor")))
			.andExpect(content().string(containsString("data-status=\"REVOKED\"")))
			.andExpect(content().string(containsString("Label dipakai pada produk lain")))
			.andExpect(content().string(not(containsString("id=\"revoke-form\""))));
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = ? and summary = ?").param(number)
			.param("Label dipakai pada produk lain").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theCertificatePageOffersThePdfAndLabelToThoseWhoMayPrintThemAndToNoOneElse() throws Exception {
		long ownerIkm = sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
		String number = jdbc.sql("select min(number) from certificate where status = 'ACTIVE' and ikm_id <> ?")
			.param(ownerIkm).query(String.class).single();
		// the certificate now belongs to the owner's IKM in Jawa Tengah
		jdbc.sql("update certificate set ikm_id = ?, province_code = '33' where number = ?").param(ownerIkm).param(number)
			.update();
		String page = "/certification/certificates/" + number;
		for (String allowed : new String[] { "owner", "officer.33", "assessor", "admin" }) {
			mvc.perform(get(page).with(logins.as(allowed))).andExpect(status().isOk())
				.andExpect(content().string(containsString("href=\"/certificates/" + number + "/certificate.pdf?lang=id\"")))
				.andExpect(content().string(containsString("href=\"/certificates/" + number + "/certificate.pdf?lang=en\"")))
				.andExpect(content().string(containsString("href=\"/certificates/" + number + "/label.png\"")))
				.andExpect(content().string(containsString("href=\"/certificates/" + number + "/label.svg\"")));
		}
		// the owner and the officer print; the certification body's actions stay its own
		mvc.perform(get(page).with(logins.as("owner")))
			.andExpect(content().string(not(containsString("id=\"suspend-form\""))))
			.andExpect(content().string(not(containsString("id=\"surveillance-form\""))));
		for (String refused : new String[] { "officer.35", "buyer" }) {
			mvc.perform(get(page).with(logins.as(refused))).andExpect(status().isForbidden())
				.andExpect(content().string(not(containsString("label.png"))));
		}
		// the owner's IKM page links each certificate to that page
		mvc.perform(get("/certification/ikm/" + ownerIkm).with(logins.as("owner")))
			.andExpect(content().string(containsString("href=\"" + page + "\"")));
		mvc.perform(get("/certification/ikm/" + ownerIkm).with(logins.as("officer.35")))
			.andExpect(content().string(not(containsString("href=\"" + page + "\""))));
	}
}
