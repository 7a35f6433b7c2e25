package id.canting.allocation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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

import com.jayway.jsonpath.JsonPath;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;

/**
 * Orders, eligibility, licences and capacity through {@code /api/v1/allocation}: the admin creates an
 * order (refusals name the field and the rule, printing is not batik), a buyer reads only theirs, an
 * officer sees only their province's IKM in the eligibility and records only their province's licences,
 * the owner confirms or lowers the IKM's capacity but never raises it; the workflow closes the order.
 */
@CantingTest
@Transactional
class AllocationApiTest {

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
		ownerIkm = OwnerIkm.asProducer(jdbc, sessions, "CAP", 500);
	}

	static String order(String technique, long quantity, String buyer, long jkt, long sub) {
		return """
				{"title": "Seragam haji uji", "buyerName": "Bank Haji Uji", "buyerUsername": %s, "technique": "%s",
				 "motif": "Parang", "fabric": "Katun", "unit": "PIECE", "quantity": %d,
				 "startsOn": "2030-03-01", "dueOn": "2030-03-30", "requireNib": true, "requireKbli13134": false,
				 "batikmarkRule": "NOT_REQUIRED", "halalRule": "NOT_REQUIRED", "requireCapCapability": false,
				 "minimumLot": 10, "maximumSharePercent": 30, "fairnessFactor": 0.5,
				 "points": [{"code": "JKT", "name": "Embarkasi Jakarta", "provinceCode": "31", "quantity": %d},
				            {"code": "SUB", "name": "Embarkasi Surabaya", "provinceCode": "35", "quantity": %d}],
				 "preferredProvinces": ["33"]}"""
			.formatted(buyer == null ? "null" : "\"" + buyer + "\"", technique, quantity, jkt, sub);
	}

	long create(String body) throws Exception {
		return id(mvc.perform(post("/api/v1/allocation/orders").with(logins.as("admin"))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT")));
	}

	@Test
	void adminCreatesAnOrderAndRefusalsNameTheFieldAndTheRule() throws Exception {
		long id = create(order("CAP", 1000, "buyer", 600, 400));
		mvc.perform(get("/api/v1/allocation/orders/" + id).with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reference").value(org.hamcrest.Matchers.startsWith("ALC-")))
			.andExpect(jsonPath("$.points[1].code").value("SUB"))
			.andExpect(jsonPath("$.preferredProvinces[0]").value("33"))
			.andExpect(jsonPath("$.maximumSharePercent").value(30));

		mvc.perform(post("/api/v1/allocation/orders").with(logins.as("admin")).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content(order("PRINT", 1000, null, 600, 400)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("technique"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("printing is not batik")));
		mvc.perform(post("/api/v1/allocation/orders").with(logins.as("admin")).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content(order("CAP", 1200, null, 600, 400)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("points"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("1,000")));
		mvc.perform(post("/api/v1/allocation/orders").with(logins.as("officer.33"))
			.contentType(MediaType.APPLICATION_JSON).content(order("CAP", 1000, null, 600, 400)))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'allocation_order' and entity_id = ?")
			.param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aBuyerReadsOnlyTheOrdersMadeOutToThem() throws Exception {
		long theirs = create(order("CAP", 1000, "buyer", 600, 400));
		long other = create(order("CAP", 1000, "someone.else", 600, 400));
		mvc.perform(get("/api/v1/allocation/orders/" + theirs).with(logins.as("buyer"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/allocation/orders/" + other).with(logins.as("buyer"))).andExpect(status().isNotFound());
		String list = mvc.perform(get("/api/v1/allocation/orders").with(logins.as("buyer"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<Integer> ids = JsonPath.read(list, "$[*].id");
		assertThat(ids).contains((int) theirs).doesNotContain((int) other);
		mvc.perform(get("/api/v1/allocation/orders/" + other).with(logins.as("officer.35"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/allocation/orders").with(logins.as("assessor"))).andExpect(status().isForbidden());
	}

	@Test
	void eligibilityListsReasonsAndAnOfficerSeesOnlyTheirProvince() throws Exception {
		long id = create(order("CAP", 1000, null, 600, 400));
		String all = mvc.perform(get("/api/v1/allocation/orders/" + id + "/eligibility").with(logins.as("admin"))
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<Integer> eligible = JsonPath.read(all, "$.eligible[*].ikmId");
		assertThat(eligible).contains((int) ownerIkm);
		List<String> reasons = JsonPath.read(all, "$.ineligible[*].reasons[*].text");
		assertThat(reasons).contains("no cap technique");
		long total = jdbc.sql("select count(*) from ikm").query(Long.class).single();
		assertThat((Integer) JsonPath.read(all, "$.eligibleCount") + (Integer) JsonPath.read(all, "$.ineligibleCount"))
			.isEqualTo((int) total);

		String jateng = mvc.perform(get("/api/v1/allocation/orders/" + id + "/eligibility").with(logins.as("officer.33")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<String> provinces = JsonPath.read(jateng, "$..provinceCode");
		assertThat(provinces).isNotEmpty().containsOnly("33");
		mvc.perform(get("/api/v1/allocation/orders/" + id + "/eligibility").with(logins.as("buyer")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theOwnerConfirmsOrLowersCapacityButNeverRaisesIt() throws Exception {
		long id = create(order("CAP", 1000, null, 600, 400));
		String path = "/api/v1/allocation/orders/" + id + "/capacity/" + ownerIkm;
		// 500 a month over 30 days
		mvc.perform(get(path).with(logins.as("owner")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.computed").value(500))
			.andExpect(jsonPath("$.capacitySource").value("REGISTRY"))
			.andExpect(jsonPath("$.mayConfirm").value(true));
		mvc.perform(put(path).with(logins.as("owner")).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content("{\"quantity\": 501}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("quantity"))
			.andExpect(jsonPath("$.errors[0].message").value("must not exceed the computed capacity (500)"));
		mvc.perform(put(path).with(logins.as("owner")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"quantity\": 350, \"note\": \"dua canting cap rusak\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.capacity").value(350))
			.andExpect(jsonPath("$.capacitySource").value("CONFIRMED_BY_PRODUCER"));
		mvc.perform(put(path).with(logins.as("officer.33")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"quantity\": 100}")).andExpect(status().isForbidden());
		mvc.perform(get(path).with(logins.as("officer.35"))).andExpect(status().isForbidden());
		// the owner reads the order their IKM is eligible for
		mvc.perform(get("/api/v1/allocation/orders/" + id).with(logins.as("owner"))).andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'allocation_capacity'")
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void officersRecordTheirProvincesLicencesAndOwnersReadThem() throws Exception {
		String path = "/api/v1/allocation/licences/" + ownerIkm;
		String body = "{\"version\": 0, \"kbli13134\": true, \"halalStatus\": \"HELD\", \"capCapability\": true, \"workshop\": true}";
		mvc.perform(put(path).with(logins.as("officer.33")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("halalNumber"));
		mvc.perform(put(path).with(logins.as("officer.35")).contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("\"HELD\"", "\"IN_PROCESS\""))).andExpect(status().isForbidden());
		mvc.perform(put(path).with(logins.as("officer.33")).contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("\"HELD\"", "\"IN_PROCESS\"")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(get(path).with(logins.as("owner")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.halalStatus").value("IN_PROCESS"))
			.andExpect(jsonPath("$.kbli13134").value(true));
		mvc.perform(put(path).with(logins.as("owner")).contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("\"version\": 0", "\"version\": 1"))).andExpect(status().isForbidden());
	}

	@Test
	void theAdminEditsADraftAndClosesItAfterwhichItStaysAsItIs() throws Exception {
		long id = create(order("CAP", 1000, null, 600, 400));
		mvc.perform(put("/api/v1/allocation/orders/" + id).with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content(order("KOMBINASI", 1500, null, 1000, 500).replace("{\"title\"", "{\"version\": 0, \"title\"")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.quantity").value(1500))
			.andExpect(jsonPath("$.technique").value("KOMBINASI"))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(post("/api/v1/allocation/orders/" + id + "/status").with(logins.as("admin"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"CONFIRMED\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		mvc.perform(post("/api/v1/allocation/orders/" + id + "/status").with(logins.as("admin"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"IN_PRODUCTION\"}"))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/allocation/orders/" + id + "/status").with(logins.as("admin"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"CLOSED\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"));
		mvc.perform(put("/api/v1/allocation/orders/" + id).with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content(order("CAP", 1000, null, 600, 400).replace("{\"title\"", "{\"version\": 2, \"title\"")))
			.andExpect(status().isConflict());
	}

	static long id(ResultActions result) throws Exception {
		return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}
}
