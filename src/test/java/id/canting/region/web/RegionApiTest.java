package id.canting.region.web;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import id.canting.CantingTest;

@CantingTest
class RegionApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void listsThe38Provinces() throws Exception {
		mvc.perform(get("/api/v1/regions/provinces"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(38)))
			// as publications write them, not in the official list's capitals
			.andExpect(jsonPath("$[?(@.code == '33')].name").value("Jawa Tengah"))
			.andExpect(jsonPath("$[?(@.code == '34')].name").value("DI Yogyakarta"))
			.andExpect(jsonPath("$[?(@.code == '31')].name").value("DKI Jakarta"));
	}

	@Test
	void lists35RegenciesOfJawaTengahWithTheirKind() throws Exception {
		mvc.perform(get("/api/v1/regions/provinces/33/regencies"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(35)))
			.andExpect(jsonPath("$[?(@.code == '33.75')].name").value("Kota Pekalongan"))
			.andExpect(jsonPath("$[?(@.code == '33.75')].kind").value("KOTA"))
			.andExpect(jsonPath("$[?(@.code == '33.26')].kind").value("KABUPATEN"));
	}

	@Test
	void answersAnUnknownProvinceWithProblemDetails() throws Exception {
		mvc.perform(get("/api/v1/regions/provinces/99/regencies").header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value("Region code 99 is unknown."));
	}
}
