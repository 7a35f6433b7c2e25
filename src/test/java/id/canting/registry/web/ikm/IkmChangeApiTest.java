package id.canting.registry.web.ikm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import id.canting.account.AccountSessions;
import tools.jackson.databind.json.JsonMapper;

/**
 * The owner's changes to reviewed fields through the API: they wait for the office, which accepts or
 * returns them. Each test runs in a transaction rolled back at its end, so the demo figures stay.
 */
@CantingTest
@Transactional
class IkmChangeApiTest {

	/** The fields {@code PUT /api/v1/ikm/{id}} reads. */
	static final List<String> REQUEST_FIELDS = List.of("nib", "name", "ownerName", "ownerGender", "address",
			"regencyCode", "sentraId", "kind", "techniques", "categories", "dyes", "workersMale", "workersFemale",
			"capacityPerMonth", "investmentIdr", "yearFounded", "phone", "email", "version");

	@Autowired
	WebApplicationContext context;

	@Autowired
	TestLogins logins;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	MockMvc owner;
	MockMvc officer;
	MockMvc otherOfficer;
	MockMvc admin;
	long ikm;

	@BeforeEach
	void signIn(@Autowired AccountSessions sessions) {
		owner = AsUser.mockMvc(context, logins, "owner");
		officer = AsUser.mockMvc(context, logins, "officer.33");
		otherOfficer = AsUser.mockMvc(context, logins, "officer.35");
		admin = AsUser.mockMvc(context, logins, "admin");
		ikm = sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
	}

	@Test
	void anOwnersChangeOfWorkersLeavesTheIkmAndTheFiguresAndWaitsForTheOffice() throws Exception {
		Map<String, Object> before = ikm(owner);
		long workers = headlineWorkers();
		int female = (Integer) before.get("workersFemale");

		ownerPuts(before, Map.of("workersFemale", female + 5000)).andExpect(status().isOk())
			.andExpect(jsonPath("$.workersFemale").value(female))
			.andExpect(jsonPath("$.verification").value("VERIFIED"))
			.andExpect(jsonPath("$.pendingChange.status").value("PENDING"))
			.andExpect(jsonPath("$.pendingChange.fields[0].field").value("workersFemale"))
			.andExpect(jsonPath("$.pendingChange.fields[0].currentValue").value(female))
			.andExpect(jsonPath("$.pendingChange.fields[0].proposedValue").value(female + 5000));

		assertThat(ikm(admin).get("workersFemale")).isEqualTo(female);
		assertThat(headlineWorkers()).isEqualTo(workers);
		mvc(admin, get("/api/v1/ikm/export").param("format", "csv").param("q", (String) before.get("nib")))
			.andExpect(content().string(not(org.hamcrest.Matchers.containsString(String.valueOf(female + 5000)))));
		// the province's officer finds it in the queue, with its diff
		mvc(officer, get("/api/v1/ikm/changes").param("status", "PENDING")).andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].ikmId", hasItem((int) ikm)))
			.andExpect(jsonPath("$.content[?(@.ikmId == " + ikm + ")].fields[0].proposedValue").value(female + 5000));
	}

	@Test
	void anOwnersChangeOfDescriptiveFieldsAppliesAtOnce() throws Exception {
		Map<String, Object> before = ikm(owner);
		ownerPuts(before, Map.of("phone", "0271 555 1234", "address", "Jl. Baru No. 1")).andExpect(status().isOk())
			.andExpect(jsonPath("$.phone").value("0271 555 1234"))
			.andExpect(jsonPath("$.address").value("Jl. Baru No. 1"))
			.andExpect(jsonPath("$.pendingChange").doesNotExist());
		mvc(owner, get("/api/v1/ikm/" + ikm + "/changes")).andExpect(jsonPath("$[*].status", not(hasItem("PENDING"))));
	}

	@Test
	void theOfficeAcceptsAndTheFigureMoves() throws Exception {
		Map<String, Object> before = ikm(owner);
		long workers = headlineWorkers();
		int female = (Integer) before.get("workersFemale");
		long change = proposed(ownerPuts(before, Map.of("workersFemale", female + 7)));

		mvc(officer, post("/api/v1/ikm/" + ikm + "/changes/" + change + "/accept")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.decidedBy").value("officer.33"));
		assertThat(ikm(owner).get("workersFemale")).isEqualTo(female + 7);
		assertThat(ikm(owner).get("pendingChange")).isNull();
		assertThat(headlineWorkers()).isEqualTo(workers + 7);
		// accepted once: a second decision is a conflict
		mvc(officer, post("/api/v1/ikm/" + ikm + "/changes/" + change + "/accept")).andExpect(status().isConflict());
		// both steps are in the IKM's history
		assertThat(jdbc.sql("select action from audit_entry where entity_type = 'ikm' and entity_id = ? order by id")
			.param(String.valueOf(ikm)).query(String.class).list())
			.containsSubsequence("CHANGE_PROPOSED", "UPDATED", "CHANGE_ACCEPTED");
	}

	@Test
	void theOfficeReturnsWithAReasonAndTheOwnerSeesIt() throws Exception {
		Map<String, Object> before = ikm(owner);
		long change = proposed(ownerPuts(before, Map.of("nib", "9129999999777")));

		mvc(officer, post("/api/v1/ikm/" + ikm + "/changes/" + change + "/return").contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"NIB tidak cocok dengan OSS\"}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"));
		mvc(owner, get("/api/v1/ikm/" + ikm + "/changes")).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status").value("RETURNED"))
			.andExpect(jsonPath("$[0].returnedReason").value("NIB tidak cocok dengan OSS"))
			.andExpect(jsonPath("$[0].fields[0].field").value("nib"));
		assertThat(ikm(owner).get("nib")).isEqualTo(before.get("nib"));
	}

	@Test
	void returningWithoutAReasonIsRefusedNamingTheField() throws Exception {
		long change = proposed(ownerPuts(ikm(owner), Map.of("yearFounded", 1990)));
		mvc(officer, post("/api/v1/ikm/" + ikm + "/changes/" + change + "/return").contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"  \"}")).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc(officer, post("/api/v1/ikm/" + ikm + "/changes/" + change + "/return")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc(owner, get("/api/v1/ikm/" + ikm + "/changes/" + change)).andExpect(jsonPath("$.status").value("PENDING"));
	}

	@Test
	void anOfficerOfAnotherProvinceCannotSeeOrDecide() throws Exception {
		long change = proposed(ownerPuts(ikm(owner), Map.of("workersMale", 99)));
		mvc(otherOfficer, post("/api/v1/ikm/" + ikm + "/changes/" + change + "/accept")).andExpect(status().isForbidden());
		mvc(otherOfficer, post("/api/v1/ikm/" + ikm + "/changes/" + change + "/return")
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"bukan wilayah saya\"}"))
			.andExpect(status().isForbidden());
		mvc(otherOfficer, get("/api/v1/ikm/changes")).andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].ikmId", not(hasItem((int) ikm))));
		mvc(otherOfficer, get("/api/v1/ikm/changes").param("province", "33")).andExpect(status().isForbidden());
		// nor can the owner decide on their own change, nor anyone see the queue who does not review
		mvc(owner, post("/api/v1/ikm/" + ikm + "/changes/" + change + "/accept")).andExpect(status().isForbidden());
		mvc(owner, get("/api/v1/ikm/changes")).andExpect(status().isForbidden());
		mvc(owner, get("/api/v1/ikm/" + ikm + "/changes/" + change)).andExpect(jsonPath("$.status").value("PENDING"));
		mvc(owner, get("/api/v1/ikm/" + ikm + "/changes/999999")).andExpect(status().isNotFound());
	}

	@Test
	void aNewProposalReplacesTheOpenOneAndTheOldOneCanNoLongerBeDecided() throws Exception {
		Map<String, Object> before = ikm(owner);
		long first = proposed(ownerPuts(before, Map.of("workersMale", 40)));
		long second = proposed(ownerPuts(ikm(owner), Map.of("workersMale", 41)));
		assertThat(second).isNotEqualTo(first);
		mvc(officer, post("/api/v1/ikm/" + ikm + "/changes/" + first + "/accept")).andExpect(status().isConflict());
		mvc(owner, get("/api/v1/ikm/" + ikm + "/changes")).andExpect(jsonPath("$[0].status").value("PENDING"))
			.andExpect(jsonPath("$[1].status").value("WITHDRAWN"));
		// sending back what GET returned (the IKM's own values) proposes nothing: the open change stays
		ownerPuts(ikm(owner), Map.of()).andExpect(jsonPath("$.pendingChange.id").value((int) second));
		// a proposal leaves the IKM as it is (its version too); once an officer saved it, the owner's copy is stale
		Map<String, Object> read = ikm(officer);
		assertThat(read.get("version")).isEqualTo(before.get("version"));
		mvc(officer, put("/api/v1/ikm/" + ikm).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(requestOf(read, Map.of("phone", "0271 555 0000"))))).andExpect(status().isOk());
		ownerPuts(before, Map.of("workersMale", 42)).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anOfficerStillEditsReviewedFieldsDirectly() throws Exception {
		Map<String, Object> before = ikm(officer);
		int male = (Integer) before.get("workersMale");
		Map<String, Object> body = requestOf(before, Map.of("workersMale", male + 1));
		mvc(officer, put("/api/v1/ikm/" + ikm).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.workersMale").value(male + 1))
			.andExpect(jsonPath("$.pendingChange").doesNotExist());
	}

	private ResultActions ownerPuts(Map<String, Object> read, Map<String, Object> changes) throws Exception {
		return mvc(owner, put("/api/v1/ikm/" + ikm).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(requestOf(read, changes))));
	}

	private static Map<String, Object> requestOf(Map<String, Object> read, Map<String, Object> changes) {
		Map<String, Object> body = new LinkedHashMap<>();
		REQUEST_FIELDS.forEach(f -> body.put(f, read.get(f)));
		body.putAll(changes);
		return body;
	}

	private static long proposed(ResultActions put) throws Exception {
		put.andExpect(status().isOk()).andExpect(jsonPath("$.pendingChange.status").value("PENDING"));
		return ((Number) JsonPath.read(put.andReturn().getResponse().getContentAsString(), "$.pendingChange.id"))
			.longValue();
	}

	private Map<String, Object> ikm(MockMvc as) throws Exception {
		String body = mvc(as, get("/api/v1/ikm/" + ikm)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$");
	}

	private long headlineWorkers() throws Exception {
		String body = mvc(admin, get("/api/v1/statistics/summary")).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.workers")).longValue();
	}

	private static ResultActions mvc(MockMvc as,
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
		return as.perform(request);
	}
}
