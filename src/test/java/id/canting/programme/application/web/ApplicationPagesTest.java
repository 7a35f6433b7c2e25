package id.canting.programme.application.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;
import id.canting.programme.OpenCalls;

/**
 * The application pages: applying (submitted, ineligible with every reason, a closed call, a second
 * application, bad input named in its field), the application page's steps for each role with
 * their refusals (400 a field, 409 the status, 422 a rule) and the programme history fragment.
 */
@CantingTest
@Transactional
class ApplicationPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	AccountSessions sessions;

	@Autowired
	OpenCalls calls;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOwnerAppliesForTheirIkmAndSubmitsInIndonesianNotation() throws Exception {
		calls.forIkm("HAL-APPLY-1", 500_000_000L, 5);
		long ikm = ownerIkm();
		mvc.perform(get("/programmes/HAL-APPLY-1").with(logins.as("owner")))
			.andExpect(content().string(containsString("id=\"apply\"")));
		mvc.perform(get("/programmes/HAL-APPLY-1")).andExpect(content().string(not(containsString("id=\"apply\""))));
		mvc.perform(get("/programmes/HAL-APPLY-1").with(logins.as("buyer")))
			.andExpect(content().string(not(containsString("id=\"apply\""))));
		mvc.perform(get("/programmes/HAL-APPLY-1/apply").with(logins.as("owner")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"application-form\"")))
			.andExpect(content().string(containsString("value=\"" + ikm + "\" selected=\"selected\"")));
		mvc.perform(get("/programmes/HAL-APPLY-1/apply").with(logins.as("buyer"))).andExpect(status().isForbidden());

		String location = mvc.perform(apply("HAL-APPLY-1", "owner", String.valueOf(ikm), "25.000.000").param("submit", "true"))
			.andExpect(redirectedUrlPattern("/applications/*"))
			.andExpect(flash().attribute("notice", "programme.application.notice.submit"))
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(jdbc.sql("select requested_idr from programme_application where id = ?").param(id).query(Long.class)
			.single()).isEqualTo(25_000_000L);

		mvc.perform(get("/applications/" + id).with(logins.as("owner")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-status=\"SUBMITTED\"")))
			.andExpect(content().string(containsString("Rp25.000.000")))
			.andExpect(content().string(containsString("id=\"withdraw\"")))
			.andExpect(content().string(not(containsString("id=\"verify-form\""))));

		// the programme page now knows it: "you applied on … — view", no apply button that would be refused
		mvc.perform(get("/programmes/HAL-APPLY-1").with(logins.as("owner")))
			.andExpect(content().string(allOf(containsString("id=\"view-application-" + id + "\""),
					containsString("Anda telah mengajukan permohonan untuk"), not(containsString("id=\"apply\"")))));
		mvc.perform(get("/programmes/HAL-APPLY-1").with(logins.as("owner")).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("You applied for")));
		// an officer applies on behalf of many IKM: still offered the form
		mvc.perform(get("/programmes/HAL-APPLY-1").with(logins.as("officer.33")))
			.andExpect(content().string(containsString("id=\"apply\"")));
		// the form's address leads to the application, not to a form that would refuse
		mvc.perform(get("/programmes/HAL-APPLY-1/apply").with(logins.as("owner")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/applications/" + id))
			.andExpect(flash().attribute("notice", "programme.application.notice.existing"));

		// one application per applicant: the second is refused in the form with a link to it, nothing saved
		mvc.perform(apply("HAL-APPLY-1", "owner", String.valueOf(ikm), "10000000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("sudah memiliki permohonan untuk program ini")))
			.andExpect(content().string(containsString("href=\"/applications/" + id + "\"")));
		assertThat(count("HAL-APPLY-1")).isEqualTo(1);
	}

	@Test
	void anIneligibleApplicantSeesEveryFailedRuleAndNothingIsSaved() throws Exception {
		calls.withRules("HAL-RULES-1", List.of("35"), List.of("PRISON_UNIT"));
		mvc.perform(apply("HAL-RULES-1", "owner", String.valueOf(ownerIkm()), "25.000.000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"ineligible-reasons\"")))
			.andExpect(content().string(containsString("program hanya untuk Jawa Timur")))
			.andExpect(content().string(containsString("sedangkan program hanya untuk: Binaan lapas")))
			.andExpect(content().string(containsString("Pemohon tidak memenuhi 2 syarat kelayakan program ini.")));
		assertThat(count("HAL-RULES-1")).isZero();
	}

	@Test
	void aCallNotOpenTodayIsSaidOnThePageAndRefusedInTheForm() throws Exception {
		calls.notYetOpen("HAL-LATER-1");
		mvc.perform(get("/programmes/HAL-LATER-1").with(logins.as("owner")))
			.andExpect(content().string(not(containsString("id=\"apply\""))));
		mvc.perform(get("/programmes/HAL-LATER-1/apply").with(logins.as("owner")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"window-closed\"")));
		mvc.perform(apply("HAL-LATER-1", "owner", String.valueOf(ownerIkm()), "25.000.000").param("submit", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Program HAL-LATER-1 hanya menerima permohonan dari")));
		assertThat(count("HAL-LATER-1")).isZero();
	}

	@Test
	void anOfficerNamesTheIkmByNibAndBadInputIsNamedInItsField() throws Exception {
		calls.forIkm("HAL-OFFICER-1", 500_000_000L, 5);
		mvc.perform(apply("HAL-OFFICER-1", "officer.33", "9999999999999", "25 juta"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"applicant-error\"")))
			.andExpect(content().string(containsString("tidak ada IKM untuk 9999999999999")))
			.andExpect(content().string(containsString("25 juta bukan nilai rupiah")))
			.andExpect(content().string(containsString("value=\"25 juta\"")));
		long jatim = jdbc.sql("select min(id) from ikm where province_code = '35' and status = 'ACTIVE'")
			.query(Long.class).single();
		mvc.perform(apply("HAL-OFFICER-1", "officer.33", String.valueOf(jatim), "25.000.000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"applicant-error\"")));
		assertThat(count("HAL-OFFICER-1")).isZero();

		String nib = jdbc.sql("""
				select min(nib) from ikm where province_code = '33' and status = 'ACTIVE' and nib is not null""")
			.query(String.class).single();
		mvc.perform(apply("HAL-OFFICER-1", "officer.33", nib, "Rp 12.500.000,00"))
			.andExpect(redirectedUrlPattern("/applications/*"))
			.andExpect(flash().attribute("notice", "programme.application.notice.created"));
		assertThat(jdbc.sql("""
				select a.requested_idr from programme_application a join programme p on p.id = a.programme_id
				 where p.code = 'HAL-OFFICER-1' and a.status = 'DRAFT'""").query(Long.class).single())
			.isEqualTo(12_500_000L);
	}

	@Test
	void anOfficerAppliesForASentraChosenFromTheProvince() throws Exception {
		calls.forSentra("HAL-SENTRA-1");
		long sentra = jdbc.sql("select min(id) from sentra where province_code = '33' and status = 'ACTIVE'")
			.query(Long.class).single();
		mvc.perform(get("/programmes/HAL-SENTRA-1").with(logins.as("owner")))
			.andExpect(content().string(not(containsString("id=\"apply\""))));
		mvc.perform(get("/programmes/HAL-SENTRA-1/apply").with(logins.as("officer.33")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"" + sentra + "\"")));
		mvc.perform(apply("HAL-SENTRA-1", "officer.33", String.valueOf(sentra), "150.000.000").param("submit", "true"))
			.andExpect(redirectedUrlPattern("/applications/*"));
		assertThat(count("HAL-SENTRA-1")).isEqualTo(1);
	}

	@Test
	void eachRoleTakesItsStepsOnTheApplicationPageAndRefusalsAreShownThere() throws Exception {
		calls.forIkm("HAL-STEPS-1", 100_000_000L, 5);
		long id = applied("HAL-STEPS-1", false);
		mvc.perform(get("/applications/" + id).with(logins.as("owner")))
			.andExpect(content().string(allOf(containsString("id=\"edit-form\""), containsString("id=\"submit-application\""))));
		mvc.perform(post("/applications/" + id).with(logins.as("owner")).with(csrf())
			.param("proposal", "Pendampingan pewarna alam").param("requestedIdr", "tiga puluh juta").param("version", version(id)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"edit-requestedIdr-error\">harus nilai rupiah, misalnya "
					+ "25.000.000; tiga puluh juta bukan nilai rupiah<")));
		mvc.perform(post("/applications/" + id).with(logins.as("owner")).with(csrf())
			.param("proposal", "Pendampingan pewarna alam").param("requestedIdr", "30.000.000").param("version", version(id)))
			.andExpect(redirectedUrlPattern("/applications/*"));
		step(id, "submit", "owner").andExpect(redirectedUrlPattern("/applications/*"));

		mvc.perform(get("/applications/" + id).with(logins.as("officer.35"))).andExpect(status().isNotFound());
		step(id, "verify", "owner").andExpect(status().isForbidden());
		mvc.perform(post("/applications/" + id + "/verify").with(logins.as("officer.33")).with(csrf())
			.param("identity", "true").param("documents", "true").param("eligibility", "true").param("note", "Dicek"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("belum dikonfirmasi: Lokasi usaha telah dikunjungi.")))
			.andExpect(content().string(containsString("id=\"check-identity\" name=\"identity\" checked=\"checked\"")));
		mvc.perform(post("/applications/" + id + "/verify").with(logins.as("officer.33")).with(csrf())
			.param("identity", "true").param("documents", "true").param("eligibility", "true").param("site", "true")
			.param("note", "Dikunjungi"))
			.andExpect(redirectedUrlPattern("/applications/*"))
			.andExpect(flash().attribute("notice", "programme.application.notice.verify"));
		step(id, "approve", "officer.33").andExpect(status().isForbidden());

		mvc.perform(get("/applications/" + id).with(logins.as("admin")))
			.andExpect(content().string(containsString("value=\"30.000.000\"")))
			.andExpect(content().string(containsString("Dikunjungi")));
		mvc.perform(post("/applications/" + id + "/approve").with(logins.as("admin")).with(csrf()).param("amountIdr", "150.000.000"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("akan melampaui anggaran program")));
		mvc.perform(post("/applications/" + id + "/approve").with(logins.as("admin")).with(csrf()).param("amountIdr", "Rp"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"approve-amountIdr-error\">harus nilai rupiah, misalnya "
					+ "25.000.000; Rp bukan nilai rupiah<")));
		mvc.perform(post("/applications/" + id + "/approve").with(logins.as("admin")).with(csrf()).param("amountIdr", "30.000.000"))
			.andExpect(redirectedUrlPattern("/applications/*"));
		mvc.perform(post("/applications/" + id + "/approve").with(logins.as("admin")).with(csrf()).param("amountIdr", "30.000.000"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Hanya permohonan terverifikasi yang dapat disetujui")));
		step(id, "withdraw", "owner", "confirmed").andExpect(status().isConflict());

		mvc.perform(post("/applications/" + id + "/realise").with(logins.as("admin")).with(csrf())
			.param("realisedOn", calls.today().plusDays(1).toString()).param("amountIdr", "30.000.000"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"realise-realisedOn-error\"")));
		mvc.perform(post("/applications/" + id + "/realise").with(logins.as("admin")).with(csrf())
			.param("realisedOn", "besok").param("amountIdr", "30 juta"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"realise-realisedOn-error\">harus tanggal dengan format "
					+ "2024-03-01; besok bukan tanggal<")))
			.andExpect(content().string(containsString("id=\"realise-amountIdr-error\">harus nilai rupiah, misalnya "
					+ "25.000.000; 30 juta bukan nilai rupiah<")));
		mvc.perform(post("/applications/" + id + "/realise").with(logins.as("admin")).with(csrf())
			.param("realisedOn", calls.today().toString()).param("amountIdr", "30.000.000").param("note", "Dibayar"))
			.andExpect(redirectedUrlPattern("/applications/*"));
		step(id, "close", "admin").andExpect(redirectedUrlPattern("/applications/*"));
		mvc.perform(get("/applications/" + id).with(logins.as("owner")))
			.andExpect(content().string(containsString("data-status=\"CLOSED\"")))
			.andExpect(content().string(containsString("id=\"beneficiary\"")))
			.andExpect(content().string(containsString("id=\"realisation\"")))
			.andExpect(content().string(not(containsString("id=\"application-actions\""))));
	}

	@Test
	void theMinistryRejectsWithAReasonTheApplicantReads() throws Exception {
		calls.forIkm("HAL-REJECT-1", 100_000_000L, 5);
		long id = applied("HAL-REJECT-1", true);
		mvc.perform(post("/applications/" + id + "/reject").with(logins.as("admin")).with(csrf()).param("reason", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"reject-reason-error\"")));
		mvc.perform(post("/applications/" + id + "/reject").with(logins.as("admin")).with(csrf())
			.param("reason", "Usulan di luar lingkup program"))
			.andExpect(redirectedUrlPattern("/applications/*"));
		mvc.perform(get("/applications/" + id).with(logins.as("owner")))
			.andExpect(content().string(containsString("data-status=\"REJECTED\"")))
			.andExpect(content().string(containsString("Usulan di luar lingkup program")));
	}

	@Test
	void theOfficerReturnsForCorrectionWithAReasonTheOwnerReadsCorrectsAndSendsAgain() throws Exception {
		calls.forIkm("HAL-RETURN-1", 100_000_000L, 5);
		long id = applied("HAL-RETURN-1", true);
		mvc.perform(get("/applications/" + id).with(logins.as("officer.33")))
			.andExpect(content().string(containsString("id=\"return-form\"")));
		mvc.perform(get("/applications/" + id).with(logins.as("owner")))
			.andExpect(content().string(not(containsString("id=\"return-form\""))));

		mvc.perform(post("/applications/" + id + "/return").with(logins.as("officer.33")).with(csrf()).param("reason", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"return-reason-error\"")));
		mvc.perform(post("/applications/" + id + "/return").with(logins.as("officer.33")).with(csrf())
			.param("reason", "Foto lokasi usaha belum dilampirkan"))
			.andExpect(redirectedUrlPattern("/applications/*"))
			.andExpect(flash().attribute("notice", "programme.application.notice.return"));

		mvc.perform(get("/applications/" + id).with(logins.as("owner")))
			.andExpect(content().string(allOf(containsString("data-status=\"RETURNED\""),
					containsString("Dikembalikan untuk diperbaiki"), containsString("id=\"return-reason\""),
					containsString("Foto lokasi usaha belum dilampirkan"), containsString("id=\"edit-form\""),
					containsString("id=\"submit-application\""))));
		mvc.perform(get("/applications/" + id).with(logins.as("owner")).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Returned for correction")));

		mvc.perform(post("/applications/" + id + "/submit").with(logins.as("owner")).with(csrf()))
			.andExpect(redirectedUrlPattern("/applications/*"));
		assertThat(jdbc.sql("select status from programme_application where id = :id").param("id", id)
			.query(String.class).single()).isEqualTo("SUBMITTED");
	}

	@Test
	void theQueueOpensOnEachRolesWorkAndFilters() throws Exception {
		calls.forIkm("HAL-QUEUE-1", 100_000_000L, 5);
		long submitted = applied("HAL-QUEUE-1", true);
		long other = jdbc.sql("select min(id) from ikm where province_code = '33' and status = 'ACTIVE' and id <> ?")
			.param(ownerIkm()).query(Long.class).single();
		mvc.perform(apply("HAL-QUEUE-1", "admin", String.valueOf(other), "5.000.000"))
			.andExpect(redirectedUrlPattern("/applications/*"));
		long draft = jdbc.sql("""
				select a.id from programme_application a join programme p on p.id = a.programme_id
				 where p.code = 'HAL-QUEUE-1' and a.status = 'DRAFT'""").query(Long.class).single();

		mvc.perform(get("/applications").with(logins.as("officer.33")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/applications/" + submitted + "\"")))
			.andExpect(content().string(containsString("id=\"select-" + submitted + "\"")))
			.andExpect(content().string(not(containsString("href=\"/applications/" + draft + "\""))));
		mvc.perform(get("/applications?status=&programme=hal-queue-1").with(logins.as("officer.33")))
			.andExpect(content().string(allOf(containsString("href=\"/applications/" + submitted + "\""),
					containsString("href=\"/applications/" + draft + "\""))));
		mvc.perform(get("/applications").with(logins.as("admin")))
			.andExpect(content().string(not(containsString("href=\"/applications/" + submitted + "\""))))
			.andExpect(content().string(containsString("id=\"batch-approve-submit\"")));
		mvc.perform(get("/applications?status=SUBMITTED&province=33&year=" + calls.today().getYear()
				+ "&type=TECHNICAL_ASSISTANCE").with(logins.as("admin")))
			.andExpect(content().string(containsString("href=\"/applications/" + submitted + "\"")));
		mvc.perform(get("/applications?status=SUBMITTED&type=TRAINING&programme=HAL-QUEUE-1").with(logins.as("admin")))
			.andExpect(content().string(not(containsString("href=\"/applications/" + submitted + "\""))));
		mvc.perform(get("/applications").with(logins.as("owner")))
			.andExpect(content().string(containsString("href=\"/applications/" + submitted + "\"")))
			.andExpect(content().string(not(containsString("href=\"/applications/" + draft + "\""))))
			.andExpect(content().string(not(containsString("id=\"batch-verify\""))));
		mvc.perform(get("/applications?status=&programme=HAL-QUEUE-1").with(logins.as("officer.35")))
			.andExpect(content().string(not(containsString("href=\"/applications/" + submitted + "\""))));
		mvc.perform(get("/applications?lang=en").with(logins.as("officer.33")))
			.andExpect(content().string(allOf(containsString("Programme applications"), containsString("Verify selected"))));
		mvc.perform(get("/applications").with(logins.as("assessor"))).andExpect(status().isForbidden());
		mvc.perform(get("/applications?status=LOST").with(logins.as("admin"))).andExpect(status().isBadRequest());
		mvc.perform(get("/").with(logins.as("owner"))).andExpect(content().string(containsString("id=\"nav-applications\"")));
		mvc.perform(get("/").with(logins.as("buyer"))).andExpect(content().string(not(containsString("id=\"nav-applications\""))));
	}

	@Test
	void theHistoryShowsBenefitsToEveryoneAndLinksOnlyForThoseWhoMayOpenThem() throws Exception {
		calls.forIkm("HAL-HISTORY-1", 100_000_000L, 5);
		calls.forIkm("HAL-HISTORY-2", 100_000_000L, 5);
		long approved = applied("HAL-HISTORY-1", true);
		step(approved, "verify", "admin", "identity", "documents", "eligibility", "site");
		step(approved, "approve", "admin").andExpect(redirectedUrlPattern("/applications/*"));
		long pending = applied("HAL-HISTORY-2", true);
		String url = "/programmes/history?ikm=" + ownerIkm();

		mvc.perform(get(url))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-programme=\"HAL-HISTORY-1\"")))
			.andExpect(content().string(not(containsString("data-programme=\"HAL-HISTORY-2\""))))
			.andExpect(content().string(not(containsString("/applications/" + approved))))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get(url).with(logins.as("owner")))
			.andExpect(content().string(containsString("href=\"/applications/" + approved + "\"")))
			.andExpect(content().string(containsString("href=\"/applications/" + pending + "\"")));
		mvc.perform(get(url).with(logins.as("officer.35")))
			.andExpect(content().string(containsString("data-programme=\"HAL-HISTORY-1\"")))
			.andExpect(content().string(not(containsString("/applications/" + approved))));
		mvc.perform(get("/programmes/history?sentra=1")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Belum ada program yang tercatat.")));
		mvc.perform(get("/programmes/history")).andExpect(status().isBadRequest());

		// the registry's pages load it, knowing nothing of programmes
		mvc.perform(get("/ikm/" + ownerIkm()).with(logins.as("owner")))
			.andExpect(content().string(containsString("hx-get=\"/programmes/history?ikm=" + ownerIkm() + "\"")));
		mvc.perform(get("/sentra/1"))
			.andExpect(content().string(containsString("hx-get=\"/programmes/history?sentra=1\"")));
	}

	private MockHttpServletRequestBuilder apply(String code, String user, String applicant, String amount) {
		return post("/programmes/" + code + "/apply").with(logins.as(user)).with(csrf())
			.param("applicant", applicant).param("proposal", "Pendampingan teknis pewarna alam").param("requestedIdr", amount);
	}

	/** The owner's application to this programme, made on the page, as a draft or submitted. */
	private long applied(String code, boolean submit) throws Exception {
		MockHttpServletRequestBuilder request = apply(code, "owner", String.valueOf(ownerIkm()), "30.000.000");
		String location = mvc.perform(submit ? request.param("submit", "true") : request)
			.andExpect(redirectedUrlPattern("/applications/*"))
			.andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private org.springframework.test.web.servlet.ResultActions step(long id, String action, String user,
			String... checked) throws Exception {
		MockHttpServletRequestBuilder request = post("/applications/" + id + "/" + action).with(logins.as(user)).with(csrf());
		for (String item : checked) {
			request.param(item, "true");
		}
		return mvc.perform(request);
	}

	private String version(long id) {
		return String.valueOf(jdbc.sql("select version from programme_application where id = ?").param(id)
			.query(Integer.class).single());
	}

	private long count(String code) {
		return jdbc.sql("""
				select count(*) from programme_application a join programme p on p.id = a.programme_id
				 where p.code = ?""").param(code).query(Long.class).single();
	}

	private long ownerIkm() {
		return sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
	}
}
