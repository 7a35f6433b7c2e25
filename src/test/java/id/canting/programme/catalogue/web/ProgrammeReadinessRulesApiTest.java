package id.canting.programme.catalogue.web;

import static id.canting.readiness.internal.statistics.ReadinessRows.anAssessment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.readiness.ReadinessResults;
import id.canting.registry.Ikm;
import id.canting.registry.IkmInput;
import id.canting.registry.IkmManagement;
import id.canting.shared.Actor;

/**
 * Readiness rules of a programme through the API and the pages: stored and read back, refused when
 * out of range, shown in plain words, audited as a change, and checked against an IKM's latest
 * verified readiness (an IKM without one fails them with its own reason). Each test rolls back.
 */
@CantingTest
@Transactional
class ProgrammeReadinessRulesApiTest {

	static final String DRAFT = """
			{"code": "uji-kesiapan-2031", "name": "Program uji kesiapan", "type": "INDUSTRY_4_0", "year": 2031,
			 "budgetIdr": 100000000, "quota": 20, "opensOn": "2031-02-01", "closesOn": "2031-03-01", "target": "IKM",
			 "organiser": "Ditjen IKMA", "description": "Uji", "eligibility": {"readiness": [
			   {"subject": "OVERALL", "comparison": "BELOW", "value": 2.0},
			   {"subject": "TECHNOLOGY", "comparison": "AT_LEAST", "value": 1}]}}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IkmManagement ikms;

	@Autowired
	ObjectProvider<ReadinessResults> readinessResults;

	@Test
	void readinessRulesAreStoredShownAndAudited() throws Exception {
		create(DRAFT);

		mvc.perform(get("/api/v1/programmes/UJI-KESIAPAN-2031").with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.eligibility.readiness.length()").value(2))
			.andExpect(jsonPath("$.eligibility.readiness[0].subject").value("OVERALL"))
			.andExpect(jsonPath("$.eligibility.readiness[0].comparison").value("BELOW"))
			.andExpect(jsonPath("$.eligibility.readiness[0].value").value(2.0))
			.andExpect(jsonPath("$.eligibility.readiness[1].subject").value("TECHNOLOGY"));
		mvc.perform(put("/api/v1/programmes/UJI-KESIAPAN-2031").with(logins.as("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(DRAFT.replace("\"value\": 2.0", "\"value\": 1.5").replace("\"description\"", "\"version\": 0, \"description\"")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.eligibility.readiness[0].value").value(1.5));
		List<String> fields = jdbc.sql("""
				select c.field from audit_change c join audit_entry e on e.id = c.entry_id
				 where e.entity_type = 'programme' and e.entity_id = 'UJI-KESIAPAN-2031' and e.action = 'UPDATED'""")
			.query(String.class).list();
		assertThat(fields).contains("readiness");

		mvc.perform(get("/programmes/UJI-KESIAPAN-2031").with(logins.as("admin")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Industry 4.0 readiness: overall readiness index below 1.50")))
			.andExpect(content().string(containsString("Industry 4.0 readiness: technology pillar at least 1.00")));
		mvc.perform(get("/programmes/UJI-KESIAPAN-2031/edit").with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"readiness[1].subject\"")))
			.andExpect(content().string(containsString("value=\"1.50\"")));
	}

	@Test
	void refusesAReadinessRuleOutOfRangeOrOnASentraProgramme() throws Exception {
		mvc.perform(post("/api/v1/programmes").with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content(DRAFT.replace("\"value\": 1}", "\"value\": 4.5}").replace("\"OVERALL\"", "\"DIGITAL\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("readiness[0].subject")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("readiness[1].value")));
		mvc.perform(post("/api/v1/programmes").with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content(DRAFT.replace("\"target\": \"IKM\"", "\"target\": \"SENTRA\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("readiness[0].subject"));
		mvc.perform(get("/api/v1/programmes/UJI-KESIAPAN-2031").with(logins.as("admin")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theProgrammeFormRefusesAValueAboveFourOnTheField() throws Exception {
		mvc.perform(post("/programmes").with(logins.as("admin")).with(org.springframework.security.test.web.servlet.request
				.SecurityMockMvcRequestPostProcessors.csrf())
			.param("code", "UJI-FORM-2031").param("name", "Uji").param("type", "INDUSTRY_4_0").param("year", "2031")
			.param("budgetIdr", "1000000").param("quota", "5").param("opensOn", "2031-02-01").param("closesOn", "2031-03-01")
			.param("target", "IKM").param("organiser", "Ditjen").param("description", "Uji")
			.param("readiness[0].subject", "OVERALL").param("readiness[0].comparison", "BELOW")
			.param("readiness[0].value", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"readiness0.value-error\"")));
	}

	@Test
	void anIkmWithoutAVerifiedAssessmentFailsTheReadinessRulesWithItsOwnReason() throws Exception {
		create(DRAFT);
		Ikm ikm = register("9750000000091");

		mvc.perform(get("/api/v1/programmes/UJI-KESIAPAN-2031/eligibility?ikm=" + ikm.id().value())
			.with(logins.as("admin")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.eligible").value(false))
			.andExpect(jsonPath("$.reasons[*].rule").value(hasItem("readinessMissing")))
			.andExpect(jsonPath("$.reasons[*].message").value(hasItem(containsString("no verified Industry 4.0 readiness"))));
	}

	/** Runs where the readiness module's results are present (after the readiness module is merged). */
	@Test
	void anIkmIsCheckedAgainstItsLatestVerifiedReadiness() throws Exception {
		Assumptions.assumeTrue(readinessResults.getIfAvailable() != null, "no ReadinessResults implementation yet");
		create(DRAFT);
		Ikm ikm = register("9750000000092");
		// 2011: overall 2.50; 2012 (the latest): overall 1.50 (below 2.00: met), technology 0.50 (below 1.00: failed)
		anAssessment().ofIkm(ikm.id().value()).in(2011).inProvince("75").index("2.50")
			.pillars("2.50", "2.50", "2.50", "2.50", "2.50").insertWith(jdbc);
		anAssessment().ofIkm(ikm.id().value()).in(2012).inProvince("75").index("1.50")
			.pillars("2.00", "2.00", "2.00", "0.50", "1.00").insertWith(jdbc);

		mvc.perform(get("/api/v1/programmes/UJI-KESIAPAN-2031/eligibility?ikm=" + ikm.id().value())
			.with(logins.as("admin")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reasons[*].rule").value(hasItem("readinessAtLeast")))
			.andExpect(jsonPath("$.reasons[*].rule").value(not(hasItem("readinessBelow"))))
			.andExpect(jsonPath("$.reasons[*].rule").value(not(hasItem("readinessMissing"))))
			.andExpect(jsonPath("$.reasons[?(@.rule == 'readinessAtLeast')].message")
				.value(hasItem(containsString("technology pillar is 0.50 (2012)"))));
	}

	private void create(String body) throws Exception {
		mvc.perform(post("/api/v1/programmes").with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isCreated());
	}

	private Ikm register(String nib) {
		return ikms.register(Actor.SYSTEM, new IkmInput(nib, "Batik Uji " + nib, "Pemilik " + nib, "FEMALE", null,
				"75.71", null, "REGULAR", List.of("TULIS"), List.of("FABRIC"), List.of("NATURAL"), 2, 3, null,
				100_000_000L, null, null, null));
	}
}
