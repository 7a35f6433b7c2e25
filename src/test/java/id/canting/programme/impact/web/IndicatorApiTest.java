package id.canting.programme.impact.web;

import static id.canting.ApiDocumentCheck.offTheDocument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import id.canting.programme.ProgrammeTestData;
import id.canting.programme.catalogue.ProgrammeType;

/**
 * Beneficiary indicators through the API: recorded by the officer of the province or an admin, read by
 * the applicant, every field named when wrong, refused with the rule for a non-beneficiary, audited.
 */
@CantingTest
@Transactional
class IndicatorApiTest {

	static final String BASELINE = """
			{"measuredOn": "2024-03-01", "workers": 12, "capacityPiecesPerMonth": 400, "annualSalesIdr": 240000000,
			 "naturalDyePercent": 30, "batikmark": false, "indiScore": 1.75}""";
	static final String FOLLOW_UP = """
			{"measuredOn": "2024-09-01", "workers": 14, "capacityPiecesPerMonth": 480, "annualSalesIdr": 300000000,
			 "naturalDyePercent": 55, "batikmark": true, "indiScore": 2.25}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountSessions sessions;

	@Autowired
	ProgrammeTestData data;

	long ownerIkm;
	long beneficiary;

	@BeforeEach
	void aBeneficiaryOfTheOwnersIkm() {
		ownerIkm = sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
		data.openProgramme("UJI-INDIKATOR", ProgrammeType.TECHNICAL_ASSISTANCE, 1_000_000_000L, 10);
		beneficiary = data.beneficiary("UJI-INDIKATOR", ownerIkm, 50_000_000L, null);
	}

	@Test
	void theOfficerRecordsBaselineAndFollowUpAndTheOwnerReadsThem() throws Exception {
		record("baseline", BASELINE, "officer.33").andExpect(status().isOk())
			.andExpect(jsonPath("$.beneficiary").value(true))
			.andExpect(jsonPath("$.baseline.workers").value(12))
			.andExpect(jsonPath("$.baseline.indiScore").value(1.75))
			.andExpect(jsonPath("$.baseline.recordedBy").value("officer.33"))
			.andExpect(jsonPath("$.followUp").isEmpty());
		record("follow-up", FOLLOW_UP, "admin").andExpect(status().isOk())
			.andExpect(jsonPath("$.followUp.measuredOn").value("2024-09-01"))
			.andExpect(jsonPath("$.followUp.batikmark").value(true));
		mvc.perform(get("/api/v1/applications/" + beneficiary + "/indicators").with(logins.as("owner")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.applicationId").value(beneficiary))
			.andExpect(jsonPath("$.programmeCode").value("UJI-INDIKATOR"))
			.andExpect(jsonPath("$.baseline.annualSalesIdr").value(240000000))
			.andExpect(jsonPath("$.followUp.naturalDyePercent").value(55))
			.andExpect(jsonPath("$.version").value(2));
		assertThat(auditActions()).containsExactly("BASELINE_RECORDED", "FOLLOW_UP_RECORDED");
	}

	@Test
	void aCorrectionIsAuditedWithItsChangesAndAStaleVersionIsRefused() throws Exception {
		record("baseline", BASELINE, "officer.33").andExpect(status().isOk());
		record("baseline", BASELINE.replace("\"workers\": 12", "\"workers\": 13").replace("{", "{\"version\": 1, "),
				"officer.33")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.baseline.workers").value(13))
			.andExpect(jsonPath("$.version").value(2));
		record("baseline", BASELINE.replace("{", "{\"version\": 1, "), "officer.33").andExpect(status().isConflict());
		assertThat(auditActions()).containsExactly("BASELINE_RECORDED", "BASELINE_CHANGED");
		List<String> changes = jdbc.sql("""
				select c.field || ':' || c.old_value || '>' || c.new_value from audit_change c
				 join audit_entry e on e.id = c.entry_id
				 where e.entity_type = 'application' and e.entity_id = ? and e.action = 'BASELINE_CHANGED'""")
			.param(Long.toString(beneficiary)).query(String.class).list();
		assertThat(changes).containsExactly("workers:12>13");
	}

	@Test
	void namesEveryBrokenFieldAndChangesNothing() throws Exception {
		record("baseline", """
				{"measuredOn": "2999-01-01", "workers": -1, "capacityPiecesPerMonth": 400, "annualSalesIdr": 1,
				 "naturalDyePercent": 120, "indiScore": 4.5}""", "officer.33")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(
					containsInAnyOrder("measuredOn", "workers", "naturalDyePercent", "batikmark", "indiScore")));
		mvc.perform(put("/api/v1/applications/" + beneficiary + "/indicators/baseline").with(logins.as("officer.33"))
			.contentType(MediaType.APPLICATION_JSON).content(BASELINE.replace("1.75", "\"tinggi\"")).with(offTheDocument()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("indiScore"));
		record("baseline", BASELINE, "officer.33").andExpect(status().isOk());
		record("follow-up", FOLLOW_UP.replace("2024-09-01", "2024-02-01"), "officer.33")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("measuredOn"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("2024-03-01")));
		record("midterm", BASELINE, "officer.33").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("phase"));
		assertThat(auditActions()).containsExactly("BASELINE_RECORDED");
	}

	@Test
	void refusesAFollowUpWithoutBaselineAndIndicatorsOfANonBeneficiaryWithTheRule() throws Exception {
		record("follow-up", FOLLOW_UP, "officer.33").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("baseline")));
		long other = data.ikmOf("33", "REGULAR", 1, ownerIkm).get(0);
		long submitted = data.submitted("UJI-INDIKATOR", other, 10_000_000L);
		mvc.perform(put("/api/v1/applications/" + submitted + "/indicators/baseline").with(logins.as("officer.33"))
			.contentType(MediaType.APPLICATION_JSON).content(BASELINE))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("status permohonan ini Diajukan")));
		mvc.perform(get("/api/v1/applications/" + submitted + "/indicators").with(logins.as("officer.33")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.beneficiary").value(false))
			.andExpect(jsonPath("$.baseline").isEmpty());
		assertThat(jdbc.sql("select count(*) from beneficiary_indicators where application_id in (?, ?)")
			.param(beneficiary).param(submitted).query(Long.class).single()).isZero();
	}

	@Test
	void onlyTheProvincesOfficerAndAdminsRecordAndOnlyThoseWhoSeeTheApplicationRead() throws Exception {
		record("baseline", BASELINE, "owner").andExpect(status().isForbidden());
		record("baseline", BASELINE, "assessor").andExpect(status().isForbidden());
		record("baseline", BASELINE, "officer.35").andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/applications/" + beneficiary + "/indicators/baseline")
			.contentType(MediaType.APPLICATION_JSON).content(BASELINE)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/applications/" + beneficiary + "/indicators").with(logins.as("officer.35")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/applications/" + beneficiary + "/indicators").with(logins.as("buyer")))
			.andExpect(status().isNotFound());
		assertThat(auditActions()).isEmpty();
	}

	private ResultActions record(String phase, String body, String user) throws Exception {
		return mvc.perform(put("/api/v1/applications/" + beneficiary + "/indicators/" + phase).with(logins.as(user))
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private List<String> auditActions() {
		return jdbc.sql("""
				select action from audit_entry where entity_type = 'application' and entity_id = ? and action in
				 ('BASELINE_RECORDED', 'BASELINE_CHANGED', 'FOLLOW_UP_RECORDED', 'FOLLOW_UP_CHANGED') order by id""")
			.param(Long.toString(beneficiary)).query(String.class).list();
	}
}
