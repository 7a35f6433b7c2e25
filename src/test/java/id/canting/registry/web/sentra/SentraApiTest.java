package id.canting.registry.web.sentra;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import id.canting.AsUser;
import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.registry.web.ikm.IkmApiTest;

@CantingTest
@Transactional
class SentraApiTest {

	static final String VALID = """
			{"code": "STR-TEST-001", "name": "Sentra Batik Uji", "regencyCode": "35.23", "address": "Kerek",
			 "yearEstablished": 1995, "revitalisation": "DONE", "revitalisationYear": 2021}
			""";

	MockMvc mvc;

	@Autowired
	void signIn(WebApplicationContext context, TestLogins logins) {
		mvc = AsUser.mockMvc(context, logins, "admin");
	}

	@Test
	void aNewSentraWarnsThatItHasFewerThanFiveMembers() throws Exception {
		String body = create(VALID).andExpect(status().isCreated())
			.andExpect(jsonPath("$.regencyName").value("Kabupaten Tuban"))
			.andExpect(jsonPath("$.activeMembers").value(0))
			.andExpect(jsonPath("$.belowMinimumMembers").value(true))
			.andReturn().getResponse().getContentAsString();
		long id = IkmApiTest.idOf(body);
		String ikm = IkmApiTest.VALID.replace("\"33.75\"", "\"35.23\"").replace("\"kind\"", "\"sentraId\": " + id + ", \"kind\"");
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/api/v1/ikm").contentType(MediaType.APPLICATION_JSON)
				.content(ikm.replace("9129999999001", "912999999910" + i))).andExpect(status().isCreated());
		}
		mvc.perform(get("/api/v1/sentra/" + id))
			.andExpect(jsonPath("$.activeMembers").value(5))
			.andExpect(jsonPath("$.belowMinimumMembers").value(false));
	}

	@Test
	void everyDemoSentraHasAtLeastFiveMembers() throws Exception {
		mvc.perform(get("/api/v1/sentra").param("sort", "members,asc").param("size", "1"))
			.andExpect(jsonPath("$.page.totalElements").value(201))
			.andExpect(jsonPath("$.content[0].belowMinimumMembers").value(false));
	}

	@Test
	void refusesADuplicateCode() throws Exception {
		create(VALID);
		create(VALID).andExpect(status().isConflict()).andExpect(jsonPath("$.existingSentraId").isNumber());
	}

	@Test
	void refusesADoneRevitalisationWithoutItsYear() throws Exception {
		create(VALID.replace(", \"revitalisationYear\": 2021", "")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("revitalisationYear"));
	}

	@Test
	void updatesWithTheVersionReadAndRefusesAStaleOne() throws Exception {
		String created = create(VALID).andReturn().getResponse().getContentAsString();
		long id = IkmApiTest.idOf(created);
		String renamed = created.replace("Sentra Batik Uji", "Sentra Batik Gedhog");
		mvc.perform(put("/api/v1/sentra/" + id).contentType(MediaType.APPLICATION_JSON).content(renamed))
			.andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Sentra Batik Gedhog"));
		mvc.perform(put("/api/v1/sentra/" + id).contentType(MediaType.APPLICATION_JSON).content(renamed))
			.andExpect(status().isConflict());
	}

	@Test
	void filtersByProvince() throws Exception {
		mvc.perform(get("/api/v1/sentra").param("province", "34"))
			.andExpect(jsonPath("$.page.totalElements").value(23));
	}

	private ResultActions create(String json) throws Exception {
		return mvc.perform(post("/api/v1/sentra").contentType(MediaType.APPLICATION_JSON).content(json));
	}
}
