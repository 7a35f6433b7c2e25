package id.canting.programme.application.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;
import id.canting.programme.ApplicationFixtures;

import tools.jackson.databind.json.JsonMapper;

/**
 * The application workflow through {@code /api/v1}: the owner applies, the province's officer verifies,
 * the ministry approves, realises and closes; every refusal (400 field, 403, 409 transition, 422 rule)
 * changes nothing, and every step leaves an audit entry.
 */
@CantingTest
@Transactional
class ApplicationApiTest {

	static final String CHECKLIST = """
			{"identity": true, "documents": true, "eligibility": true, "site": true, "note": "Sesuai"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountSessions sessions;

	long ownedIkm;

	@BeforeEach
	void ownersIkm() {
		ownedIkm = sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
	}

	@Test
	void ownerAppliesOfficerVerifiesAdminApprovesRealisesAndCloses() throws Exception {
		String code = ApplicationFixtures.openProgramme(mvc, logins, 5, 100_000_000);
		long id = apply(code, "owner", ownedIkm, 25_000_000, true).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.provinceCode").value("33"))
			.andReturn().getResponse().getContentAsString().transform(this::id);

		step(id, "verify", "officer.33", CHECKLIST).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("VERIFIED"))
			.andExpect(jsonPath("$.checklist.note").value("Sesuai"))
			.andExpect(jsonPath("$.verifiedBy").value("officer.33"));
		step(id, "approve", "admin", "{\"amountIdr\": 20000000}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.approvedIdr").value(20000000))
			.andExpect(jsonPath("$.beneficiary.name").value(ikmName(ownedIkm)))
			.andExpect(jsonPath("$.beneficiary.regencyCode").isNotEmpty());
		assertThat(committed(code)).containsExactly(1L, 20_000_000L);

		String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
		step(id, "realise", "admin", "{\"realisedOn\": \"" + today + "\", \"amountIdr\": 19500000, \"note\": \"Dibayar\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REALISED"))
			.andExpect(jsonPath("$.realisation.amountIdr").value(19500000));
		step(id, "close", "admin", null).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));

		assertThat(jdbc.sql("select action from audit_entry where entity_type = 'application' and entity_id = :id order by id")
			.param("id", String.valueOf(id)).query(String.class).list())
			.containsExactly("CREATED", "SUBMITTED", "VERIFIED", "APPROVED", "REALISED", "CLOSED");
		mvc.perform(get("/api/v1/applications?ikm=" + ownedIkm).with(logins.as("owner")))
			.andExpect(jsonPath("$.content[*].programmeCode").value(hasItem(code)));
	}

	@Test
	void theFrozenBeneficiaryDoesNotFollowLaterRegistryChanges() throws Exception {
		String code = ApplicationFixtures.openProgramme(mvc, logins, 5, 100_000_000);
		long id = verified(code, ownedIkm);
		step(id, "approve", "admin", null).andExpect(status().isOk());
		String frozen = ikmName(ownedIkm);
		jdbc.sql("update ikm set name = 'Nama baru' where id = :id").param("id", ownedIkm).update();
		mvc.perform(get("/api/v1/applications/" + id).with(logins.as("admin")))
			.andExpect(jsonPath("$.beneficiary.name").value(frozen))
			.andExpect(jsonPath("$.approvedIdr").value(25000000));
	}

	@Test
	void refusesAnIneligibleApplicantListingEveryRuleAndSavesNothing() throws Exception {
		String code = ApplicationFixtures.openProgramme(mvc, logins, 5, 100_000_000, "[\"35\"]");
		apply(code, "owner", ownedIkm, 1_000_000, false).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.reasons[*].rule").value(hasItem("province")))
			.andExpect(jsonPath("$.reasons[0].message").isNotEmpty());
		assertThat(count(code)).isZero();
	}

	@Test
	void refusesASecondApplicationOfTheSameApplicant() throws Exception {
		String code = ApplicationFixtures.openProgramme(mvc, logins, 5, 100_000_000);
		apply(code, "owner", ownedIkm, 1_000_000, false).andExpect(status().isCreated());
		apply(code, "officer.33", ownedIkm, 1_000_000, false).andExpect(status().isConflict())
			.andExpect(jsonPath("$.existingId").isNumber());
		assertThat(count(code)).isEqualTo(1);
	}

	@Test
	void refusesApplicationsOutsideTheWindow() throws Exception {
		apply("PELATIHAN-SDM-2024", "owner", ownedIkm, 1_000_000, false).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2024-04-01")));
	}

	@Test
	void namesTheFieldOfBadInput() throws Exception {
		String code = ApplicationFixtures.openProgramme(mvc, logins, 5, 100_000_000);
		mvc.perform(post("/api/v1/programmes/" + code + "/applications").with(logins.as("owner"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"ikmId\": " + ownedIkm + ", \"requestedIdr\": -5}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("proposal", "requestedIdr")));
		long id = verified(code, ownedIkm);
		step(id, "reject", "admin", "{\"reason\": \" \"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		assertThat(statusOf(id)).isEqualTo("VERIFIED");
	}

	@Test
	void refusesStepsTheStatusOrTheRoleDoesNotAllow() throws Exception {
		String code = ApplicationFixtures.openProgramme(mvc, logins, 5, 100_000_000);
		long id = apply(code, "owner", ownedIkm, 5_000_000, true).andReturn().getResponse().getContentAsString()
			.transform(this::id);
		step(id, "approve", "admin", null).andExpect(status().isConflict());
		step(id, "verify", "officer.35", CHECKLIST).andExpect(status().isNotFound());
		step(id, "verify", "owner", CHECKLIST).andExpect(status().isForbidden());
		step(id, "verify", "officer.33", "{\"identity\": true, \"documents\": false, \"eligibility\": true, \"site\": false}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.unconfirmed").value(org.hamcrest.Matchers.contains("documents", "site")));
		assertThat(statusOf(id)).isEqualTo("SUBMITTED");
		step(id, "verify", "officer.33", CHECKLIST).andExpect(status().isOk());
		step(id, "approve", "officer.33", null).andExpect(status().isForbidden());
		step(id, "approve", "admin", null).andExpect(status().isOk());
		step(id, "withdraw", "owner", null).andExpect(status().isConflict());
		step(id, "realise", "admin", "{\"realisedOn\": \"" + LocalDate.now(ZoneId.of("Asia/Jakarta"))
				+ "\", \"amountIdr\": 5000001}").andExpect(status().isUnprocessableContent());
		assertThat(statusOf(id)).isEqualTo("APPROVED");
	}

	@Test
	void returnsAnApplicationForCorrectionWithAReasonAndTheOwnerCorrectsAndSubmitsAgain() throws Exception {
		String code = ApplicationFixtures.openProgramme(mvc, logins, 5, 100_000_000);
		long id = apply(code, "owner", ownedIkm, 5_000_000, true).andReturn().getResponse().getContentAsString()
			.transform(this::id);

		// no reason: Problem Details naming the field and the rule; nothing changes
		step(id, "return", "officer.33", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		step(id, "return", "officer.33", "{\"reason\": \"  \"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		step(id, "return", "owner", "{\"reason\": \"x\"}").andExpect(status().isForbidden());
		assertThat(statusOf(id)).isEqualTo("SUBMITTED");

		step(id, "return", "officer.33", "{\"reason\": \"Lampirkan foto lokasi usaha\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.returnReason").value("Lampirkan foto lokasi usaha"))
			.andExpect(jsonPath("$.returnedBy").value("officer.33"));
		step(id, "verify", "officer.33", CHECKLIST).andExpect(status().isConflict());
		step(id, "return", "officer.33", "{\"reason\": \"lagi\"}").andExpect(status().isConflict());

		int version = jdbc.sql("select version from programme_application where id = :id").param("id", id)
			.query(Integer.class).single();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/applications/" + id)
			.with(logins.as("owner")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"proposal\": \"Dengan foto lokasi\", \"requestedIdr\": 5000000, \"version\": " + version + "}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.proposal").value("Dengan foto lokasi"));
		step(id, "submit", "owner", null).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
		step(id, "verify", "officer.33", CHECKLIST).andExpect(status().isOk());

		// once verified, the decision is the ministry's: the officer may no longer return it
		step(id, "return", "officer.33", "{\"reason\": \"x\"}").andExpect(status().isForbidden());
		step(id, "return", "admin", "{\"reason\": \"Anggaran tidak sesuai\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.checklist").doesNotExist());

		assertThat(jdbc.sql("select action || ':' || coalesce(summary, '') from audit_entry where entity_type = 'application'"
				+ " and entity_id = :id and action = 'RETURNED' order by id")
			.param("id", String.valueOf(id)).query(String.class).list())
			.containsExactly("RETURNED:Lampirkan foto lokasi usaha", "RETURNED:Anggaran tidak sesuai");
	}

	@Test
	void neverApprovesBeyondTheQuotaOrTheBudget() throws Exception {
		List<Long> ikms = ApplicationFixtures.activeIkmIn(jdbc, "33", 3);
		String code = ApplicationFixtures.openProgramme(mvc, logins, 2, 30_000_000);
		long first = verified(code, ikms.get(0));
		long second = verified(code, ikms.get(1));
		long third = verified(code, ikms.get(2));
		step(first, "approve", "admin", "{\"amountIdr\": 20000000}").andExpect(status().isOk());
		step(second, "approve", "admin", "{\"amountIdr\": 15000000}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("10.000.000")));
		step(second, "approve", "admin", "{\"amountIdr\": 10000000}").andExpect(status().isOk());
		step(third, "approve", "admin", "{\"amountIdr\": 0}").andExpect(status().isUnprocessableContent());
		assertThat(statusOf(third)).isEqualTo("VERIFIED");
		assertThat(committed(code)).containsExactly(2L, 30_000_000L);
	}

	@Test
	void approvalsMakePastBeneficiariesForTheRuleOfNoBenefitWithinYears() throws Exception {
		String code = ApplicationFixtures.openProgramme(mvc, logins, 5, 100_000_000);
		step(verified(code, ownedIkm), "approve", "admin", null).andExpect(status().isOk());
		String next = ApplicationFixtures.openProgrammeWithNoBenefitYears(mvc, logins, 3);
		mvc.perform(get("/api/v1/programmes/" + next + "/eligibility?ikm=" + ownedIkm).with(logins.as("owner")))
			.andExpect(jsonPath("$.eligible").value(false))
			.andExpect(jsonPath("$.reasons[*].rule").value(hasItem("pastBenefit")));
	}

	private long verified(String code, long ikm) throws Exception {
		long id = apply(code, "officer.33", ikm, 25_000_000, true).andExpect(status().isCreated()).andReturn()
			.getResponse().getContentAsString().transform(this::id);
		step(id, "verify", "officer.33", CHECKLIST).andExpect(status().isOk());
		return id;
	}

	private ResultActions apply(String code, String user, long ikm, long amount, boolean submit) throws Exception {
		return mvc.perform(post("/api/v1/programmes/" + code + "/applications").with(logins.as(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"ikmId": %d, "proposal": "Mengikuti pelatihan pewarna alam", "requestedIdr": %d, "submit": %s}"""
				.formatted(ikm, amount, submit)));
	}

	private ResultActions step(long id, String step, String user, String body) throws Exception {
		var request = post("/api/v1/applications/" + id + "/" + step).with(logins.as(user));
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return mvc.perform(request);
	}

	private long id(String json) {
		return JsonMapper.builder().build().readTree(json).get("id").asLong();
	}

	private String statusOf(long id) {
		return jdbc.sql("select status from programme_application where id = :id").param("id", id).query(String.class).single();
	}

	private long count(String code) {
		return jdbc.sql("select count(*) from programme_application a join programme p on p.id = a.programme_id where p.code = :c")
			.param("c", code).query(Long.class).single();
	}

	private List<Long> committed(String code) {
		return jdbc.sql("select approved_count, committed_idr from programme where code = :c").param("c", code)
			.query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single();
	}

	private String ikmName(long id) {
		return jdbc.sql("select name from ikm where id = :id").param("id", id).query(String.class).single();
	}
}
