package id.canting.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.canting.CantingTest;

/** Open data is public, aggregated, free of personal data, and documented with examples. */
@CantingTest
class OpenDataApiTest {

	static final List<String> DATASETS = List.of("by-province", "by-technique", "by-category");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyDatasetIsPublicAsJsonAndCsvWithoutPersonalData() throws Exception {
		List<String> personal = jdbc.sql("select owner_name from ikm where phone is not null order by id limit 1")
			.query(String.class).list();
		String nib = jdbc.sql("select min(nib) from ikm").query(String.class).single();
		for (String dataset : DATASETS) {
			String json = mvc.perform(get("/api/v1/open-data/industry/" + dataset))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.definition").isNotEmpty())
				.andExpect(jsonPath("$.source").isNotEmpty())
				.andExpect(jsonPath("$.asOf").isNotEmpty())
				.andExpect(jsonPath("$.rows").isNotEmpty())
				.andReturn().getResponse().getContentAsString();
			for (String path : List.of(".csv", "?format=csv")) {
				String csv = mvc.perform(get("/api/v1/open-data/industry/" + dataset + path))
					.andExpect(status().isOk())
					.andExpect(content().contentTypeCompatibleWith("text/csv"))
					.andExpect(header().string("Content-Disposition", Matchers.containsString("canting-industry-" + dataset + ".csv")))
					.andReturn().getResponse().getContentAsString();
				assertThat(csv.lines().count()).isGreaterThan(1);
				assertNothingPersonal(csv, personal, nib);
			}
			assertNothingPersonal(json, personal, nib);
		}
	}

	@Test
	void theProvinceTableCarriesTheTechniqueBreakdownAndTheArticlesTotals() throws Exception {
		String csv = mvc.perform(get("/api/v1/open-data/industry/by-province.csv")).andReturn().getResponse().getContentAsString();
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).isEqualTo("province_code,province_name,ikm,workers,sentra,ikm_tulis,ikm_cap,ikm_kombinasi");
		assertThat(lines).hasSize(12);
		long ikm = lines.stream().skip(1).mapToLong(l -> Long.parseLong(l.split(",")[2])).sum();
		long workers = lines.stream().skip(1).mapToLong(l -> Long.parseLong(l.split(",")[3])).sum();
		long sentra = lines.stream().skip(1).mapToLong(l -> Long.parseLong(l.split(",")[4])).sum();
		assertThat(List.of(ikm, workers, sentra)).containsExactly(5946L, 200000L, 201L);
		long tulisInJateng = jdbc.sql("select count(*) from ikm_technique t join ikm i on i.id = t.ikm_id"
				+ " where i.status = 'ACTIVE' and i.province_code = '33' and t.technique = 'TULIS'").query(Long.class).single();
		assertThat(lines).anyMatch(l -> l.startsWith("33,") && l.split(",")[5].equals(String.valueOf(tulisInJateng)));
	}

	@Test
	void theOpenApiDocumentDescribesTheOpenDataWithExamples() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/open-data/industry/by-province'].get.responses['200'].content['text/csv'].examples").exists())
			.andExpect(jsonPath("$.paths['/api/v1/open-data/industry/by-technique'].get.responses['200'].content['application/json'].examples").exists())
			.andExpect(jsonPath("$.paths['/api/v1/statistics/industry'].get.parameters[?(@.name == 'province')]").exists())
			.andExpect(jsonPath("$.paths['/api/v1/statistics/workforce']").exists());
	}

	@Test
	void theOpenDataPageListsTheDownloadsAndTheFooterLinksIt() throws Exception {
		mvc.perform(get("/open-data"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("/api/v1/open-data/industry/by-province.csv")))
			.andExpect(content().string(Matchers.containsString("/api/v1/open-data/industry/by-category")));
		mvc.perform(get("/")).andExpect(content().string(Matchers.containsString("id=\"footer-open-data\"")));
	}

	private static void assertNothingPersonal(String body, List<String> ownerNames, String nib) {
		assertThat(body).doesNotContain("ownerName", "owner_name", "phone", "email", "nib");
		ownerNames.forEach(name -> assertThat(body).doesNotContain(name));
		assertThat(body).doesNotContain(nib);
	}
}
