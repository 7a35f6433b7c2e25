package id.canting.development.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import org.springframework.web.context.WebApplicationContext;

import com.jayway.jsonpath.JsonPath;

import id.canting.AsUser;
import id.canting.CantingTest;
import id.canting.TestLogins;

/** The sentra development API: facilities, development, needs, projects, location, weights and the ranking. */
@CantingTest
@Transactional
class DevelopmentApiTest {

	static final String FACILITIES = """
			{"facilities": [
			  {"kind": "IPAL", "count": 1, "condition": "GOOD"},
			  {"kind": "DYEING_ROOM", "count": 1, "condition": "BROKEN"},
			  {"kind": "EQUIPMENT", "name": "Kompor batik listrik", "count": 2, "condition": "FAIR"}]}""";

	@Autowired
	WebApplicationContext context;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	MockMvc officer33;
	long jateng;

	@BeforeEach
	void setUp() {
		officer33 = AsUser.mockMvc(context, logins, "officer.33");
		jateng = jdbc.sql("select min(id) from sentra where province_code = '33' and status = 'ACTIVE'").query(Long.class).single();
	}

	@Test
	void theProvincesOfficerReplacesTheFacilitiesAndTheFacilitiesPartFollows() throws Exception {
		putFacilities(officer33, FACILITIES).andExpect(status().isOk())
			.andExpect(jsonPath("$.facilities", hasSize(3)))
			.andExpect(jsonPath("$.facilities[2].name").value("Kompor batik listrik"));
		// working: IPAL 1 + equipment 2 (fair) = 3 of 4 units
		officer33.perform(get("/api/v1/sentra/" + jateng + "/development"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.score.parts.FACILITIES").value(0.75))
			.andExpect(jsonPath("$.weights.weights.FACILITIES").value(30))
			.andExpect(jsonPath("$.members.active").isNumber())
			.andExpect(jsonPath("$.canEdit").value(true));
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'sentra_development' and entity_id = ?"
				+ " and action = 'FACILITIES' and actor = 'officer.33'").param(String.valueOf(jateng)).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void refusesANegativeCountNamingTheRowAndChangesNothing() throws Exception {
		String before = officer33.perform(get("/api/v1/sentra/" + jateng + "/facilities")).andReturn().getResponse()
			.getContentAsString();
		putFacilities(officer33, FACILITIES.replace("\"count\": 2", "\"count\": -2")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("facilities[2].count"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("negati")));
		officer33.perform(get("/api/v1/sentra/" + jateng + "/facilities"))
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).isEqualTo(before));
	}

	@Test
	void anotherProvincesOfficerMayReadButNotChange() throws Exception {
		MockMvc officer35 = AsUser.mockMvc(context, logins, "officer.35");
		officer35.perform(get("/api/v1/sentra/" + jateng + "/development")).andExpect(status().isOk())
			.andExpect(jsonPath("$.canEdit").value(false));
		putFacilities(officer35, FACILITIES).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("admin")));
	}

	@Test
	void refusesCoordinatesOutsideIndonesia() throws Exception {
		officer33.perform(put("/api/v1/sentra/" + jateng + "/location").contentType(MediaType.APPLICATION_JSON)
			.content("{\"latitude\": 48.8566, \"longitude\": 2.3522}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("latitude", "longitude")));
		officer33.perform(put("/api/v1/sentra/" + jateng + "/location").contentType(MediaType.APPLICATION_JSON)
			.content("{\"latitude\": -6.8897, \"longitude\": 109.6753}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.latitude").value(-6.8897));
	}

	@Test
	void listsANeedAndMarksItMetOnce() throws Exception {
		String need = officer33.perform(post("/api/v1/sentra/" + jateng + "/needs").contentType(MediaType.APPLICATION_JSON)
			.content("{\"description\": \"Perbaikan IPAL\", \"priority\": \"HIGH\"}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("OPEN"))
			.andReturn().getResponse().getContentAsString();
		long needId = ((Number) JsonPath.read(need, "$.id")).longValue();
		officer33.perform(post("/api/v1/sentra/" + jateng + "/needs/" + needId + "/met")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("MET"));
		officer33.perform(post("/api/v1/sentra/" + jateng + "/needs/" + needId + "/met")).andExpect(status().isConflict());
		officer33.perform(post("/api/v1/sentra/" + jateng + "/needs").contentType(MediaType.APPLICATION_JSON)
			.content("{\"description\": \" \"}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("description", "priority")));
	}

	@Test
	void recordsAProjectAndRefusesANegativeCostOrAnotherSentrasApplication() throws Exception {
		officer33.perform(post("/api/v1/sentra/" + jateng + "/projects").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"provided": "Kompor batik listrik 10 unit", "providedOn": "2024-09-01", "costIdr": 45000000,
					 "facilityKind": "EQUIPMENT", "conditionBefore": "POOR", "conditionAfter": "GOOD"}"""))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.costIdr").value(45000000));
		officer33.perform(post("/api/v1/sentra/" + jateng + "/projects").contentType(MediaType.APPLICATION_JSON)
			.content("{\"provided\": \"Kompor\", \"providedOn\": \"2024-09-01\", \"costIdr\": -1}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("costIdr"));
		officer33.perform(post("/api/v1/sentra/" + jateng + "/projects").contentType(MediaType.APPLICATION_JSON)
			.content("{\"provided\": \"Kompor\", \"providedOn\": \"2024-09-01\", \"costIdr\": 1, \"applicationId\": 999999}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("applicationId"));
	}

	@Test
	void demoProjectsAreLinkedToTheSentrasRealisedApplications() throws Exception {
		List<Long> linked = jdbc.sql("select sentra_id from development_project where application_id is not null")
			.query(Long.class).list();
		assertThat(linked).isNotEmpty();
		AsUser.mockMvc(context, logins, "admin").perform(get("/api/v1/sentra/" + linked.get(0) + "/development"))
			.andExpect(jsonPath("$.projects[0].applicationId").isNumber())
			.andExpect(jsonPath("$.benefits[0].programmeType").isString());
	}

	@Test
	void ranksTheProvincesSentraLowestScoreFirst() throws Exception {
		String body = officer33.perform(get("/api/v1/statistics/sentra-development").param("province", "33"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.provinces", hasSize(1)))
			.andExpect(jsonPath("$.provinces[0].provinceCode").value("33"))
			.andExpect(jsonPath("$.sentra", hasSize(72)))
			.andExpect(jsonPath("$.sentra[0].rank").value(1))
			.andReturn().getResponse().getContentAsString();
		List<Double> scores = JsonPath.read(body, "$.sentra[*].score");
		assertThat(scores).isSorted();
		List<Object> located = JsonPath.read(body, "$.sentra[?(@.latitude != null)]");
		assertThat(located.size()).isBetween(55, 70);
	}

	@Test
	void refusesAnUnknownProvince() throws Exception {
		officer33.perform(get("/api/v1/statistics/sentra-development").param("province", "99"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("province"));
	}

	@Test
	void adminsChangeTheWeightsAndTheScoresFollow() throws Exception {
		MockMvc admin = AsUser.mockMvc(context, logins, "admin");
		putFacilities(officer33, FACILITIES);
		admin.perform(put("/api/v1/sentra-development/weights").contentType(MediaType.APPLICATION_JSON)
			.content("{\"weights\": {\"FACILITIES\": 1, \"READINESS\": 0, \"BATIKMARK\": 0, \"MEMBERSHIP\": 0}}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.weights.FACILITIES").value(1));
		officer33.perform(get("/api/v1/sentra/" + jateng + "/development")).andExpect(jsonPath("$.score.score").value(75.0));
		admin.perform(put("/api/v1/sentra-development/weights").contentType(MediaType.APPLICATION_JSON)
			.content("{\"weights\": {\"FACILITIES\": -1, \"READINESS\": 0, \"BATIKMARK\": 0, \"MEMBERSHIP\": 0}}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("weights[FACILITIES]"));
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'development_weight'").query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void downloadsTheRankingAsXlsx() throws Exception {
		officer33.perform(get("/api/v1/statistics/sentra-development/export").param("province", "33").param("format", "xlsx"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")));
	}

	private ResultActions putFacilities(MockMvc mvc, String json) throws Exception {
		return mvc.perform(put("/api/v1/sentra/" + jateng + "/facilities").contentType(MediaType.APPLICATION_JSON).content(json));
	}
}
