package id.canting.programme.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
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

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;

/**
 * The programme API: the public catalogue, the admin's draft, publish and close steps (409 when the
 * status does not allow one), audit entries, and the eligibility check through the registry.
 */
@CantingTest
@Transactional
class ProgrammeApiTest {

	static final String DRAFT = """
			{"code": "uji-2031", "name": "Program uji", "type": "TRAINING", "year": 2031, "budgetIdr": 100000000,
			 "quota": 20, "opensOn": "2031-02-01", "closesOn": "2031-03-01", "target": "IKM", "organiser": "Ditjen IKMA",
			 "description": "Uji", "eligibility": {"provinces": ["33"], "kinds": ["REGULAR"], "nibRequired": false}}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountSessions sessions;

	@Test
	void everyoneSeesTheDemoProgrammesOfTheArticle() throws Exception {
		mvc.perform(get("/api/v1/programmes?year=2024&size=50"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(7))
			.andExpect(jsonPath("$.content[*].status").value(not(hasItem("DRAFT"))))
			.andExpect(jsonPath("$.content[*].code").value(hasItem("BINA-LAPAS-2024")));
		mvc.perform(get("/api/v1/programmes?type=PRISON_ASSISTANCE"))
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].eligibility.kinds[0]").value("PRISON_UNIT"));
		mvc.perform(get("/api/v1/programmes/ig-gedhog-tuban-2024"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.eligibility.provinces[0]").value("35"))
			.andExpect(jsonPath("$.open").value(false));
		mvc.perform(get("/api/v1/programmes?type=GRANT")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("type"));
	}

	@Test
	void draftsAreSeenOnlyByAdmins() throws Exception {
		create();
		mvc.perform(get("/api/v1/programmes/UJI-2031")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/programmes/UJI-2031").with(logins.as("officer.33"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/programmes/UJI-2031").with(logins.as("admin"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"));
		mvc.perform(get("/api/v1/programmes?year=2031")).andExpect(jsonPath("$.page.totalElements").value(0));
		mvc.perform(get("/api/v1/programmes?year=2031").with(logins.as("admin")))
			.andExpect(jsonPath("$.page.totalElements").value(1));
	}

	@Test
	void refusesAnInvalidProgrammeNamingEveryFieldAndRule() throws Exception {
		mvc.perform(post("/api/v1/programmes").with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "X", "name": "Uji", "type": "TRAINING", "year": 1999, "budgetIdr": 0, "quota": 0,
				 "opensOn": "2031-03-01", "closesOn": "2031-02-01", "target": "IKM", "organiser": "Ditjen",
				 "description": "Uji", "eligibility": {"provinces": ["99"]}}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("year", "budgetIdr", "quota", "closesOn")));
		mvc.perform(post("/api/v1/programmes").with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content(DRAFT.replace("\"33\"", "\"99\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("provinces"));
		mvc.perform(post("/api/v1/programmes").with(logins.as("officer.33")).contentType(MediaType.APPLICATION_JSON)
			.content(DRAFT)).andExpect(status().isForbidden());
	}

	@Test
	void aDraftIsChangedPublishedAndClosedAndEveryStepIsAudited() throws Exception {
		create();
		mvc.perform(post("/api/v1/programmes").with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content(DRAFT)).andExpect(status().isConflict());
		mvc.perform(put("/api/v1/programmes/UJI-2031").with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content(DRAFT.replace("\"quota\": 20", "\"quota\": 25").replace("\"description\"", "\"version\": 0, \"description\"")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.quota").value(25));
		mvc.perform(put("/api/v1/programmes/UJI-2031").with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content(DRAFT.replace("\"description\"", "\"version\": 0, \"description\"")))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/programmes/UJI-2031/close").with(logins.as("admin")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("berstatus Draf")));
		mvc.perform(post("/api/v1/programmes/UJI-2031/publish").with(logins.as("officer.33")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/programmes/UJI-2031/publish").with(logins.as("admin")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));
		mvc.perform(post("/api/v1/programmes/UJI-2031/publish").with(logins.as("admin")))
			.andExpect(status().isConflict());
		mvc.perform(put("/api/v1/programmes/UJI-2031").with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content(DRAFT.replace("\"description\"", "\"version\": 2, \"description\"")))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/programmes/UJI-2031")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/programmes/UJI-2031/close").with(logins.as("admin")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
		List<String> actions = jdbc.sql(
				"select action from audit_entry where entity_type = 'programme' and entity_id = 'UJI-2031' order by id")
			.query(String.class).list();
		assertThat(actions).containsExactly("CREATED", "UPDATED", "PUBLISHED", "CLOSED");
	}

	@Test
	void listsEveryRuleTheOwnersIkmFailsInPlainWords() throws Exception {
		long ikm = ownerIkm();
		mvc.perform(get("/api/v1/programmes/BINA-LAPAS-2024/eligibility?ikm=" + ikm).with(logins.as("owner")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.eligible").value(false))
			.andExpect(jsonPath("$.reasons[*].rule").value(hasItem("kind")))
			.andExpect(jsonPath("$.reasons[?(@.rule == 'kind')].message").value(hasItem(containsString("Binaan lapas"))));
		mvc.perform(get("/api/v1/programmes/IG-GEDHOG-TUBAN-2024/eligibility?ikm=" + ikm).with(logins.as("officer.33"))
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reasons[?(@.rule == 'province')].message").value(hasItem(containsString("Jawa Timur"))));
		mvc.perform(get("/api/v1/programmes/PELATIHAN-SDM-2024/eligibility?ikm=" + ikm).with(logins.as("admin")))
			.andExpect(jsonPath("$.eligible").value(true))
			.andExpect(jsonPath("$.reasons").isEmpty());
		mvc.perform(get("/api/v1/programmes/FAS-PERALATAN-SENTRA-2024/eligibility?ikm=" + ikm).with(logins.as("owner")))
			.andExpect(jsonPath("$.reasons[0].rule").value("target"));
	}

	@Test
	void onlyTheOwnerTheProvinceAndAdminsCheckAnIkm() throws Exception {
		long ikm = ownerIkm();
		mvc.perform(get("/api/v1/programmes/PELATIHAN-SDM-2024/eligibility?ikm=" + ikm).with(logins.as("officer.35")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/programmes/PELATIHAN-SDM-2024/eligibility?ikm=" + ikm).with(logins.as("buyer")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/programmes/PELATIHAN-SDM-2024/eligibility?ikm=" + ikm)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/programmes/PELATIHAN-SDM-2024/eligibility").with(logins.as("admin")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void checksASentraByItsActiveMembers() throws Exception {
		long sentra = jdbc.sql("""
				select min(s.id) from sentra s where s.province_code = '33'
				and (select count(*) from ikm i where i.sentra_id = s.id and i.status = 'ACTIVE') >= 5""")
			.query(Long.class).single();
		mvc.perform(get("/api/v1/programmes/FAS-PERALATAN-SENTRA-2024/eligibility?sentra=" + sentra)
			.with(logins.as("officer.33")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.eligible").value(true));
		mvc.perform(get("/api/v1/programmes/FAS-PERALATAN-SENTRA-2024/eligibility?sentra=" + sentra)
			.with(logins.as("officer.35")))
			.andExpect(status().isForbidden());
	}

	private void create() throws Exception {
		mvc.perform(post("/api/v1/programmes").with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content(DRAFT))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value("UJI-2031"))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.eligibility.provinces[0]").value("33"));
	}

	private long ownerIkm() {
		return sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
	}
}
