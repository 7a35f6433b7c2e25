package id.canting.programme.application.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;

/**
 * The reimbursement quote through HTTP with the demo programme's 2018 to 2020 rates, and the rate
 * table of a programme: shown, validated on create and update, and audited when it changes.
 */
@CantingTest
@Transactional
class ReimbursementQuoteApiTest {

	static final String MACHINES = "/api/v1/programmes/RESTRUKTURISASI-MESIN-2024/reimbursement-quote";

	static final String MACHINE_DRAFT = """
			{"code": "MESIN-2031", "name": "Restrukturisasi mesin uji", "type": "MACHINE_RESTRUCTURING", "year": 2031,
			 "budgetIdr": 1000000000, "quota": 10, "opensOn": "2031-02-01", "closesOn": "2031-03-01", "target": "IKM",
			 "organiser": "Ditjen IKMA", "description": "Uji",
			 "reimbursement": {"rates": [{"origin": "DOMESTIC", "sizeClass": "KECIL", "ratePercent": 45},
			   {"origin": "DOMESTIC", "sizeClass": "MENENGAH", "ratePercent": 35},
			   {"origin": "IMPORTED", "sizeClass": "KECIL", "ratePercent": 35},
			   {"origin": "IMPORTED", "sizeClass": "MENENGAH", "ratePercent": 25}]}}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anyoneGetsTheQuoteOfTheArticlesExample() throws Exception {
		long auditEntries = auditEntries();
		quote(MACHINES, null, """
				{"sizeClass": "KECIL", "lines": [{"origin": "DOMESTIC", "priceIdr": 400000000},
				 {"origin": "IMPORTED", "priceIdr": 200000000}]}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.amountIdr").value(170_000_000))
			.andExpect(jsonPath("$.lines[0].origin").value("DOMESTIC"))
			.andExpect(jsonPath("$.lines[0].priceIdr").value(400_000_000))
			.andExpect(jsonPath("$.lines[0].ratePercent").value(30))
			.andExpect(jsonPath("$.lines[0].amountIdr").value(120_000_000))
			.andExpect(jsonPath("$.lines[1].ratePercent").value(25))
			.andExpect(jsonPath("$.lines[1].amountIdr").value(50_000_000))
			.andExpect(jsonPath("$.reasons").isEmpty());
		assertThat(auditEntries()).as("a quote saves nothing").isEqualTo(auditEntries);
	}

	@Test
	void capsAtTheMaximumAndSaysWhyInTheReadersLanguage() throws Exception {
		String body = """
				{"sizeClass": "MENENGAH", "lines": [{"origin": "DOMESTIC", "priceIdr": 1200000000}]}""";
		quote(MACHINES, logins.as("owner"), body)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.amountIdr").value(300_000_000))
			.andExpect(jsonPath("$.linesTotalIdr").value(360_000_000))
			.andExpect(jsonPath("$.lines[0].amountIdr").value(360_000_000))
			.andExpect(jsonPath("$.reasons[0].rule").value("maximum"))
			.andExpect(jsonPath("$.reasons[0].message").value(containsString("Rp300.000.000")));
		mvc.perform(post(MACHINES).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en").content(body))
			.andExpect(jsonPath("$.reasons[0].message")
				.value("the machines add up to Rp360,000,000, capped at the maximum of Rp300,000,000 per company"));
	}

	@Test
	void paysNothingBelowTheMinimumAndSaysWhy() throws Exception {
		quote(MACHINES, logins.as("buyer"), """
				{"sizeClass": "KECIL", "lines": [{"origin": "DOMESTIC", "priceIdr": 10000000}]}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.amountIdr").value(0))
			.andExpect(jsonPath("$.lines[0].amountIdr").value(3_000_000))
			.andExpect(jsonPath("$.reasons[0].rule").value("minimum"))
			.andExpect(jsonPath("$.reasons[0].message").value(containsString("Rp5.000.000")));
	}

	@Test
	void refusesABadQuestionNamingEachField() throws Exception {
		quote(MACHINES, null, "{}")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("sizeClass", "lines")));
		quote(MACHINES, null, """
				{"sizeClass": "BESAR", "lines": [{"origin": "LOCAL", "priceIdr": 0}]}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(containsInAnyOrder("sizeClass", "lines[0].origin", "lines[0].priceIdr")));
		quote(MACHINES, null, """
				{"sizeClass": "KECIL", "lines": [{"origin": "DOMESTIC", "priceIdr": 1000}, {"priceIdr": -1}]}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("lines[1].origin", "lines[1].priceIdr")));
	}

	@Test
	void aProgrammeWithoutARateTableRefusesToQuote() throws Exception {
		quote("/api/v1/programmes/PELATIHAN-SDM-2024/reimbursement-quote", null, """
				{"sizeClass": "KECIL", "lines": [{"origin": "DOMESTIC", "priceIdr": 400000000}]}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:canting:problem:rule-refused"))
			.andExpect(jsonPath("$.detail").value(containsString("PELATIHAN-SDM-2024")));
		quote("/api/v1/programmes/NOPE-1/reimbursement-quote", null, "{}").andExpect(status().isNotFound());
	}

	@Test
	void aDraftsQuoteIsForAdminsOnly() throws Exception {
		create(MACHINE_DRAFT).andExpect(status().isCreated());
		String body = """
				{"sizeClass": "MENENGAH", "lines": [{"origin": "DOMESTIC", "priceIdr": 100000000},
				 {"origin": "IMPORTED", "priceIdr": 100000000}]}""";
		quote("/api/v1/programmes/MESIN-2031/reimbursement-quote", null, body).andExpect(status().isNotFound());
		quote("/api/v1/programmes/MESIN-2031/reimbursement-quote", logins.as("owner"), body)
			.andExpect(status().isNotFound());
		quote("/api/v1/programmes/MESIN-2031/reimbursement-quote", logins.as("admin"), body)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.amountIdr").value(60_000_000))
			.andExpect(jsonPath("$.lines[1].ratePercent").value(25));
	}

	@Test
	void theProgrammeShowsItsRateTable() throws Exception {
		mvc.perform(get("/api/v1/programmes/RESTRUKTURISASI-MESIN-2024"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reimbursement.rates[0].origin").value("DOMESTIC"))
			.andExpect(jsonPath("$.reimbursement.rates[0].sizeClass").value(nullValue()))
			.andExpect(jsonPath("$.reimbursement.rates[0].ratePercent").value(30))
			.andExpect(jsonPath("$.reimbursement.rates[1].ratePercent").value(25))
			.andExpect(jsonPath("$.reimbursement.minimumIdr").value(5_000_000))
			.andExpect(jsonPath("$.reimbursement.maximumIdr").value(300_000_000));
		mvc.perform(get("/api/v1/programmes/PELATIHAN-SDM-2024"))
			.andExpect(jsonPath("$.reimbursement").value(nullValue()));
	}

	@Test
	void refusesABadRateTableNamingTheLineAndField() throws Exception {
		create(MACHINE_DRAFT.replaceFirst("(?s),\\s*\"reimbursement\".*", "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("rates"));
		create(MACHINE_DRAFT.replace("\"ratePercent\": 35}", "\"ratePercent\": 135}").replace("]}}",
				"], \"minimumIdr\": 5000000, \"maximumIdr\": 1000000}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(containsInAnyOrder("rates[1].ratePercent", "rates[2].ratePercent", "maximumIdr")));
		create(MACHINE_DRAFT.replace("\"MENENGAH\", \"ratePercent\": 25", "\"KECIL\", \"ratePercent\": 25"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("rates[3].sizeClass"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("IMPORTED")));
		create(MACHINE_DRAFT.replace("MACHINE_RESTRUCTURING", "TRAINING"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("rates"));
	}

	@Test
	void aDraftsRateTableChangesAndTheAuditEntrySaysHow() throws Exception {
		create(MACHINE_DRAFT).andExpect(status().isCreated())
			.andExpect(jsonPath("$.reimbursement.rates.length()").value(4))
			.andExpect(jsonPath("$.reimbursement.minimumIdr").value(nullValue()));
		String changed = MACHINE_DRAFT.replace("\"ratePercent\": 45", "\"ratePercent\": 40.5")
			.replace("]}}", "], \"minimumIdr\": 5000000}, \"version\": 0}");
		mvc.perform(put("/api/v1/programmes/MESIN-2031").with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content(changed))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reimbursement.rates[0].ratePercent").value(40.5))
			.andExpect(jsonPath("$.reimbursement.minimumIdr").value(5_000_000));
		List<Map<String, Object>> changes = jdbc.sql("""
				select c.field, c.old_value, c.new_value from audit_change c join audit_entry e on e.id = c.entry_id
				where e.entity_type = 'programme' and e.entity_id = 'MESIN-2031' and e.action = 'UPDATED'
				order by c.position""").query().listOfRows();
		assertThat(changes).extracting(row -> row.get("field")).containsExactly("rates", "minimumIdr");
		assertThat(changes.get(0).get("old_value")).isEqualTo(
				"DOMESTIC KECIL 45%, DOMESTIC MENENGAH 35%, IMPORTED KECIL 35%, IMPORTED MENENGAH 25%");
		assertThat(changes.get(0).get("new_value")).isEqualTo(
				"DOMESTIC KECIL 40.5%, DOMESTIC MENENGAH 35%, IMPORTED KECIL 35%, IMPORTED MENENGAH 25%");
		assertThat(changes.get(1).get("new_value")).isEqualTo("5000000");
	}

	private ResultActions create(String body) throws Exception {
		return mvc.perform(post("/api/v1/programmes").with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private ResultActions quote(String path, RequestPostProcessor login, String body) throws Exception {
		var request = post(path).contentType(MediaType.APPLICATION_JSON).content(body);
		if (login != null) {
			request.with(login);
		}
		return mvc.perform(request);
	}

	private long auditEntries() {
		return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
	}
}
