package id.canting.programme.application.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

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
 * Machine restructuring end to end through {@code /api/v1}: the owner claims new machines and the rate
 * table sets the amount; used machines, purchases outside the programme year and claims below the
 * minimum are refused; approval waits for a verification visit that confirms every machine, and never
 * pays more than the rate table.
 */
@CantingTest
@Transactional
class MachineClaimApiTest {

	static final String CHECKLIST = """
			{"identity": true, "documents": true, "eligibility": true, "site": true}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	AccountSessions sessions;

	@Autowired
	JdbcClient jdbc;

	long ikm;
	int year;
	String code;
	long id;

	@BeforeEach
	void aDraftApplicationToAnOpenMachineProgramme() throws Exception {
		ikm = sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
		year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
		code = ApplicationFixtures.openMachineRestructuring(mvc, logins);
		String json = mvc.perform(post("/api/v1/programmes/" + code + "/applications").with(logins.as("owner"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"ikmId\": " + ikm + ", \"proposal\": \"Mesin cap baru\", \"requestedIdr\": 0}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		id = JsonMapper.builder().build().readTree(json).get("id").asLong();
	}

	@Test
	void theClaimSetsTheAmountFromTheRateTableAndApprovalWaitsForTheVisit() throws Exception {
		jdbc.sql("update ikm set workers_male = 5, workers_female = 5, investment_idr = 500000000 where id = :id")
			.param("id", ikm).update(); // a kecil IKM, whatever the demo made of it
		claim(line("Mesin cap tembaga", "NEW", "DOMESTIC", year + "-01-15", 400_000_000L) + ","
				+ line("Mesin pengering", "NEW", "IMPORTED", year + "-02-01", 200_000_000L))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.quote.amountIdr").value(170000000))
			.andExpect(jsonPath("$.lines.length()").value(2));
		mvc.perform(get("/api/v1/applications/" + id).with(logins.as("owner")))
			.andExpect(jsonPath("$.requestedIdr").value(170000000));
		step("submit", "owner", null).andExpect(status().isOk());
		step("verify", "officer.33", CHECKLIST).andExpect(status().isOk());

		step("approve", "admin", null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("kunjungan verifikasi")));
		visit(true, true, false).andExpect(status().isOk()).andExpect(jsonPath("$.confirmsClaim").value(false));
		step("approve", "admin", null).andExpect(status().isUnprocessableContent());
		visit(true, true, true).andExpect(status().isOk()).andExpect(jsonPath("$.confirmsClaim").value(true));
		step("approve", "admin", "{\"amountIdr\": 170000001}").andExpect(status().isUnprocessableContent());
		step("approve", "admin", null).andExpect(status().isOk()).andExpect(jsonPath("$.approvedIdr").value(170000000));
		assertThat(jdbc.sql("select action from audit_entry where entity_type = 'application' and entity_id = :id")
			.param("id", String.valueOf(id)).query(String.class).list()).contains("CLAIMED", "VISITED", "APPROVED");
	}

	@Test
	void refusesUsedMachinesAndPurchasesOutsideTheProgrammeYearNamingEachLine() throws Exception {
		claim(line("Mesin bekas", "USED", "DOMESTIC", (year - 1) + "-12-20", 100_000_000L))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("lines[0].condition")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("lines[0].purchaseDate")));
		assertThat(lines()).isZero();
	}

	@Test
	void refusesAClaimBelowTheMinimumWithTheReason() throws Exception {
		claim(line("Canting listrik", "NEW", "DOMESTIC", year + "-01-10", 10_000_000L))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.reasons[0].rule").value("minimum"));
		assertThat(lines()).isZero();
	}

	@Test
	void onlyTheProvincesOfficerRecordsTheVisitAndOnlyForEveryLine() throws Exception {
		claim(line("Mesin cap tembaga", "NEW", "DOMESTIC", year + "-01-15", 400_000_000L)).andExpect(status().isOk());
		step("submit", "owner", null).andExpect(status().isOk());
		mvc.perform(put("/api/v1/applications/" + id + "/visit").with(logins.as("owner"))
			.contentType(MediaType.APPLICATION_JSON).content(visitBody(true, "[{\"line\": 1, \"present\": true, \"isNew\": true}]")))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/applications/" + id + "/visit").with(logins.as("officer.33"))
			.contentType(MediaType.APPLICATION_JSON).content(visitBody(true, "[{\"line\": 2, \"present\": true, \"isNew\": true}]")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("machines[0].line"));
		mvc.perform(get("/api/v1/applications/" + id + "/visit").with(logins.as("officer.33")))
			.andExpect(status().isNotFound());
	}

	private ResultActions visit(boolean exists, boolean first, boolean second) throws Exception {
		return mvc.perform(put("/api/v1/applications/" + id + "/visit").with(logins.as("officer.33"))
			.contentType(MediaType.APPLICATION_JSON).content(visitBody(exists, """
					[{"line": 1, "present": true, "isNew": %s}, {"line": 2, "present": true, "isNew": %s}]"""
				.formatted(first, second))));
	}

	private static String visitBody(boolean exists, String machines) {
		return "{\"visitedOn\": \"" + LocalDate.now(ZoneId.of("Asia/Jakarta")) + "\", \"companyExists\": " + exists
				+ ", \"machines\": " + machines + ", \"notes\": \"Kunjungan uji\"}";
	}

	private ResultActions claim(String lines) throws Exception {
		return mvc.perform(put("/api/v1/applications/" + id + "/claim").with(logins.as("owner"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"lines\": [" + lines + "]}"));
	}

	private static String line(String machine, String condition, String origin, String date, long price) {
		return """
				{"machineName": "%s", "condition": "%s", "origin": "%s", "supplier": "CV Uji", "invoiceNumber": "INV-1",
				 "taxInvoiceNumber": "010.000-24.00000001", "purchaseDate": "%s", "priceIdr": %d}"""
			.formatted(machine, condition, origin, date, price);
	}

	private ResultActions step(String step, String user, String body) throws Exception {
		var request = post("/api/v1/applications/" + id + "/" + step).with(logins.as(user));
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return mvc.perform(request);
	}

	private long lines() {
		return jdbc.sql("select count(*) from claim_line where application_id = :id").param("id", id)
			.query(Long.class).single();
	}
}
