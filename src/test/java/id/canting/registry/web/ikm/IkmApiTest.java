package id.canting.registry.web.ikm;

import static id.canting.ApiDocumentCheck.offTheDocument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import id.canting.AsUser;
import id.canting.CantingTest;
import id.canting.TestLogins;

@CantingTest
@Transactional
public class IkmApiTest {

	public static final String VALID = """
			{"nib": "9129999999001", "name": "Batik Sekar Jagad", "ownerName": "Siti Aminah", "ownerGender": "FEMALE",
			 "address": "Jl. Kauman No. 5", "regencyCode": "33.75", "kind": "REGULAR", "techniques": ["TULIS", "CAP"],
			 "categories": ["FABRIC"], "dyes": ["NATURAL"], "workersMale": 2, "workersFemale": 6,
			 "capacityPerMonth": 120, "investmentIdr": 150000000, "yearFounded": 2005, "phone": "081234567890"}
			""";

	MockMvc mvc;

	@Autowired
	void signIn(WebApplicationContext context, TestLogins logins) {
		mvc = AsUser.mockMvc(context, logins, "admin");
	}

	@Autowired
	JdbcClient jdbc;

	@Test
	void registersAnIkmAndDerivesItsSizeClass() throws Exception {
		create(VALID).andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/ikm/")))
			.andExpect(jsonPath("$.sizeClass").value("KECIL"))
			.andExpect(jsonPath("$.workers").value(8))
			.andExpect(jsonPath("$.provinceCode").value("33"))
			.andExpect(jsonPath("$.regencyName").value("Kota Pekalongan"))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.verification").value("UNVERIFIED"))
			.andExpect(jsonPath("$.version").value(0));
	}

	@Test
	void whatGetReturnsCanBeSentBackToPutWithChanges() throws Exception {
		String created = create(VALID).andReturn().getResponse().getContentAsString();
		long id = idOf(created);
		String changed = created.replace("\"workersFemale\":6", "\"workersFemale\":30");
		mvc.perform(put("/api/v1/ikm/" + id).contentType(MediaType.APPLICATION_JSON).content(changed))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.workersFemale").value(30))
			.andExpect(jsonPath("$.sizeClass").value("MENENGAH"))
			.andExpect(jsonPath("$.version").value(1));
		// the same body again carries the old version: someone else's save must not be overwritten
		mvc.perform(put("/api/v1/ikm/" + id).contentType(MediaType.APPLICATION_JSON).content(changed))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void refusesADuplicateNibNamingTheExistingIkm() throws Exception {
		long first = idOf(create(VALID).andReturn().getResponse().getContentAsString());
		create(VALID.replace("Batik Sekar Jagad", "Batik Lain")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.existingIkmId").value(first))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(String.valueOf(first))));
	}

	@Test
	void refusesBadInputNamingEachFieldAndRuleAndChangesNothing() throws Exception {
		long before = ikmCount();
		create(VALID.replace("9129999999001", "12345")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("nib"));
		create(VALID.replace("\"33.75\"", "\"33.98\"")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("regencyCode"));
		create(VALID.replace("\"workersMale\": 2", "\"workersMale\": -2")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("workersMale"));
		create(VALID.replace("[\"TULIS\", \"CAP\"]", "[]")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("techniques"));
		create(VALID.replace("Batik Sekar Jagad", "B".repeat(151))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		mvc.perform(post("/api/v1/ikm").contentType(MediaType.APPLICATION_JSON).with(offTheDocument())
			.content(VALID.replace("\"workersMale\": 2", "\"workersMale\": \"two\""))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("workersMale"));
		assertThat(ikmCount()).isEqualTo(before);
	}

	@Test
	void refusesPrintingWithTheReasonInTheCallersLanguage() throws Exception {
		mvc.perform(post("/api/v1/ikm").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
			.content(VALID.replace("[\"TULIS\", \"CAP\"]", "[\"PRINTING\"]")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid input"))
			.andExpect(jsonPath("$.errors[0].field").value("techniques"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("not batik")));
	}

	@Test
	void refusesASentraInAnotherRegency() throws Exception {
		long sentraElsewhere = jdbc.sql("select min(id) from sentra where regency_code <> '33.75'").query(Long.class).single();
		create(VALID.replace("\"kind\"", "\"sentraId\": " + sentraElsewhere + ", \"kind\"")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sentraId"));
	}

	@Test
	void listsWithFiltersAndPaging() throws Exception {
		mvc.perform(get("/api/v1/ikm").param("province", "33").param("technique", "TULIS").param("size", "5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(5)))
			.andExpect(jsonPath("$.content[*].provinceCode", everyItem(org.hamcrest.Matchers.is("33"))))
			.andExpect(jsonPath("$.content[*].techniques", everyItem(hasItem("TULIS"))))
			.andExpect(jsonPath("$.page.size").value(5))
			.andExpect(jsonPath("$.page.number").value(0));
		mvc.perform(get("/api/v1/ikm"))
			.andExpect(jsonPath("$.page.totalElements").value(5946))
			.andExpect(jsonPath("$.page.totalPages").value(298));
		mvc.perform(get("/api/v1/ikm").param("q", "9129999999001")).andExpect(jsonPath("$.page.totalElements").value(0));
		create(VALID);
		mvc.perform(get("/api/v1/ikm").param("q", "9129999999001")).andExpect(jsonPath("$.page.totalElements").value(1));
		mvc.perform(get("/api/v1/ikm").param("q", "sekar jagad")).andExpect(jsonPath("$.content[*].name", hasItem("Batik Sekar Jagad")));
	}

	@Test
	void refusesAnUnknownSortOrFilterValue() throws Exception {
		mvc.perform(get("/api/v1/ikm").param("sort", "owner_name,asc")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sort"));
		mvc.perform(get("/api/v1/ikm").param("technique", "PRINTING").with(offTheDocument())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("technique"));
		mvc.perform(get("/api/v1/ikm").param("sizeClass", "HUGE").header("Accept-Language", "en").with(offTheDocument()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field").value("sizeClass"))
			.andExpect(jsonPath("$.errors[0].message").value("value HUGE does not fit this field"));
		mvc.perform(get("/api/v1/ikm/export").param("status", "GONE").with(offTheDocument()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		mvc.perform(get("/api/v1/catalogue/ikm").param("sentra", "many").with(offTheDocument()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sentra"));
	}

	@Test
	void deactivatesAndReactivates() throws Exception {
		long id = idOf(create(VALID).andReturn().getResponse().getContentAsString());
		mvc.perform(post("/api/v1/ikm/" + id + "/deactivate")).andExpect(jsonPath("$.status").value("INACTIVE"));
		mvc.perform(post("/api/v1/ikm/" + id + "/deactivate")).andExpect(status().isConflict());
		mvc.perform(post("/api/v1/ikm/" + id + "/activate")).andExpect(jsonPath("$.status").value("ACTIVE"));
	}

	@Test
	void answersAnUnknownIkmWith404() throws Exception {
		mvc.perform(get("/api/v1/ikm/999999")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
	}

	private ResultActions create(String json) throws Exception {
		return mvc.perform(post("/api/v1/ikm").contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private long ikmCount() {
		return jdbc.sql("select count(*) from ikm").query(Long.class).single();
	}

	public static long idOf(String json) {
		var matcher = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(json);
		assertThat(matcher.find()).isTrue();
		return Long.parseLong(matcher.group(1));
	}
}
