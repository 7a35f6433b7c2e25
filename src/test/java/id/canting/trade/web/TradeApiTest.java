package id.canting.trade.web;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;

/** The export records API: validation names field and rule, duplicates clash, changes are audited. */
@CantingTest
@Transactional
class TradeApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Test
	void refusesAnInvalidRecordNamingEveryFieldAndRule() throws Exception {
		mvc.perform(post("/api/v1/trade/exports").with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"month": "2024-13", "hsCode": "6205.20", "countryCode": "XX", "valueUsd": -1,
					 "netWeightKg": 1.234, "source": ""}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("month", "hsCode", "countryCode",
					"valueUsd", "netWeightKg", "source")))
			.andExpect(jsonPath("$.errors[?(@.field == 'hsCode')].message").value(
					org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("8 angka"))));
	}

	@Test
	void recordsNormalisesAndRefusesTheSameRecordTwice() throws Exception {
		String body = """
				{"month": "2031-05", "hsCode": "6205.20.10", "countryCode": "jp", "valueUsd": 1200.5,
				 "netWeightKg": 20, "source": "BPS"}""";
		mvc.perform(post("/api/v1/trade/exports").with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.hsCode").value("62052010"))
			.andExpect(jsonPath("$.countryCode").value("JP"))
			.andExpect(jsonPath("$.countryName").value("Jepang"));
		mvc.perform(post("/api/v1/trade/exports").with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.existingId").isNumber());
	}

	@Test
	void onlyAdminsChangeAndEveryChangeIsAudited() throws Exception {
		String body = """
				{"month": "2031-06", "hsCode": "52085210", "countryCode": "NL", "valueUsd": 10, "netWeightKg": 1,
				 "source": "BPS"}""";
		mvc.perform(post("/api/v1/trade/exports").with(logins.as("officer.33")).contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isForbidden());
		String created = mvc.perform(post("/api/v1/trade/exports").with(logins.as("admin"))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
		mvc.perform(delete("/api/v1/trade/exports/" + id).with(logins.as("buyer"))).andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/trade/exports/" + id).with(logins.as("admin"))).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/trade/exports/" + id).with(logins.as("admin"))).andExpect(status().isNotFound());
		long entries = jdbc.sql("select count(*) from audit_entry where entity_type = 'export_record' and entity_id = ?")
			.param(String.valueOf(id)).query(Long.class).single();
		org.assertj.core.api.Assertions.assertThat(entries).isEqualTo(2);
	}

	@Test
	void listsBasketsTheDefaultFirst() throws Exception {
		mvc.perform(get("/api/v1/trade/baskets").with(logins.as("buyer")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("BATIK"))
			.andExpect(jsonPath("$[0].defaultBasket").value(true))
			.andExpect(jsonPath("$[1].code").value("BATIK-PAKAIAN"));
	}
}
