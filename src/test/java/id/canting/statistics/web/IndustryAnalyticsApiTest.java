package id.canting.statistics.web;

import static id.canting.ApiDocumentCheck.offTheDocument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import com.jayway.jsonpath.JsonPath;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.registry.IkmInput;
import id.canting.registry.IkmManagement;
import id.canting.shared.Actor;

/**
 * The registry analytics API: shares on a hand-computed fixture, every breakdown equal to the IKM
 * list it opens, the workforce series, and bad parameters refused with the parameter and the rule.
 */
@CantingTest
class IndustryAnalyticsApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	IkmManagement ikms;

	@Autowired
	JdbcClient jdbc;

	/** Gorontalo has no demo IKM, so the fixture alone makes its figures. */
	private static final String GORONTALO = "75";

	@Test
	@Transactional
	void sharesOfNaturalDyesAndWomenOwnedIkmAreComputedOverTheActiveIkmInScope() throws Exception {
		// three IKM: natural only (woman), natural + synthetic (woman), synthetic only (man); one more deactivated
		register("9750000000001", "FEMALE", List.of("TULIS"), List.of("NATURAL"), 2, 5, 100_000_000L);
		register("9750000000002", "FEMALE", List.of("CAP", "TULIS"), List.of("NATURAL", "SYNTHETIC"), 10, 15, 2_000_000_000L);
		register("9750000000003", "MALE", List.of("CAP"), List.of("SYNTHETIC"), 3, 0, 50_000_000L);
		var gone = register("9750000000004", "FEMALE", List.of("TULIS"), List.of("NATURAL"), 1, 1, 10_000_000L);
		ikms.deactivate(Actor.SYSTEM, gone.id());

		mvc.perform(get("/api/v1/statistics/industry").param("province", GORONTALO))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scope.code").value(GORONTALO))
			.andExpect(jsonPath("$.definition").isNotEmpty())
			.andExpect(jsonPath("$.source").isNotEmpty())
			.andExpect(jsonPath("$.asOf").isNotEmpty())
			.andExpect(jsonPath("$.ikm").value(3))
			.andExpect(jsonPath("$.workers").value(35))
			// natural dyes: 2 of 3 = 66.7 %; women-owned: 2 of 3 = 66.7 %
			.andExpect(jsonPath("$.naturalDyes.ikm").value(2))
			.andExpect(jsonPath("$.naturalDyes.of").value(3))
			.andExpect(jsonPath("$.naturalDyes.percent").value(66.7))
			.andExpect(jsonPath("$.womenOwned.ikm").value(2))
			.andExpect(jsonPath("$.womenOwned.percent").value(66.7))
			.andExpect(jsonPath("$.byProvince.length()").value(1))
			.andExpect(jsonPath("$.byProvince[0].ikm").value(3))
			.andExpect(jsonPath("$.byTechnique[?(@.key == 'TULIS')].ikm").value(2))
			.andExpect(jsonPath("$.byTechnique[?(@.key == 'CAP')].ikm").value(2))
			.andExpect(jsonPath("$.byTechnique[?(@.key == 'CAP')].workers").value(28))
			.andExpect(jsonPath("$.byDye[?(@.key == 'SYNTHETIC')].ikm").value(2))
			// kecil: <= 19 workers and < Rp1 bn; the second has Rp2 bn, so menengah
			.andExpect(jsonPath("$.bySizeClass[?(@.key == 'KECIL')].ikm").value(2))
			.andExpect(jsonPath("$.bySizeClass[?(@.key == 'MENENGAH')].ikm").value(1))
			.andExpect(jsonPath("$.byOwnerGender[?(@.key == 'MALE')].workers").value(3))
			.andExpect(jsonPath("$.byRegency[0].code").value("75.71"))
			.andExpect(jsonPath("$.byKind[0].ikm").value(3));
		// the shares open exactly the IKM they count
		assertThat(listTotal(Map.of("province", GORONTALO, "dye", "NATURAL"))).isEqualTo(2);
		assertThat(listTotal(Map.of("province", GORONTALO, "ownerGender", "FEMALE"))).isEqualTo(2);
		assertThat(listTotal(Map.of("province", GORONTALO, "sizeClass", "MENENGAH"))).isEqualTo(1);
	}

	@Test
	void everyBreakdownOfTheDemoDataEqualsTheIkmListItOpens() throws Exception {
		String body = mvc.perform(get("/api/v1/statistics/industry")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<Integer>read(body, "$.ikm")).isEqualTo(5946);
		assertThat(JsonPath.<Integer>read(body, "$.workers")).isEqualTo(200000);
		assertThat(JsonPath.<Integer>read(body, "$.sentra")).isEqualTo(201);
		List<Map<String, Object>> provinces = JsonPath.read(body, "$.byProvince");
		assertThat(provinces).hasSize(11);
		for (var p : provinces) {
			assertThat(listTotal(Map.of("province", (String) p.get("code")))).as("province %s", p.get("code"))
				.isEqualTo(((Number) p.get("ikm")).longValue());
		}
		for (String[] b : new String[][] { { "byTechnique", "technique" }, { "byCategory", "category" },
				{ "byDye", "dye" }, { "bySizeClass", "sizeClass" }, { "byOwnerGender", "ownerGender" }, { "byKind", "kind" } }) {
			List<Map<String, Object>> shares = JsonPath.read(body, "$." + b[0]);
			assertThat(shares).as(b[0]).isNotEmpty();
			for (var s : shares) {
				assertThat(listTotal(Map.of(b[1], (String) s.get("key")))).as("%s %s", b[1], s.get("key"))
					.isEqualTo(((Number) s.get("ikm")).longValue());
			}
		}
		List<Map<String, Object>> sentra = JsonPath.read(body, "$.bySentra");
		assertThat(sentra).hasSize(10);
		assertThat(listTotal(Map.of("sentra", String.valueOf(sentra.get(0).get("id")))))
			.isEqualTo(((Number) sentra.get(0).get("ikm")).longValue());
		long naturalDyes = ((Number) JsonPath.read(body, "$.naturalDyes.ikm")).longValue();
		assertThat(listTotal(Map.of("dye", "NATURAL"))).isEqualTo(naturalDyes);
	}

	@Test
	void aProvincesRegenciesAddUpToTheProvince() throws Exception {
		String body = mvc.perform(get("/api/v1/statistics/industry").param("province", "33").param("top", "3"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scope.name").value("Jawa Tengah"))
			.andExpect(jsonPath("$.bySentra.length()").value(3))
			.andExpect(jsonPath("$.sentra").value(72))
			.andReturn().getResponse().getContentAsString();
		List<Integer> regencies = JsonPath.read(body, "$.byRegency[*].ikm");
		assertThat(regencies.stream().mapToLong(Integer::longValue).sum())
			.isEqualTo(((Number) JsonPath.read(body, "$.ikm")).longValue());
		List<String> codes = JsonPath.read(body, "$.byRegency[*].code");
		assertThat(codes).allMatch(code -> code.startsWith("33."));
	}

	@Test
	void theWorkforceSeriesCountsAcceptedReportsPerSemesterWithoutGaps() throws Exception {
		long accepted = jdbc.sql("select count(*) from semester_report where status = 'ACCEPTED' and semester = '2024-S1'")
			.query(Long.class).single();
		long workers = jdbc.sql("select coalesce(sum(workers_male + workers_female), 0) from semester_report"
				+ " where status = 'ACCEPTED' and semester = '2024-S1'").query(Long.class).single();
		mvc.perform(get("/api/v1/statistics/workforce").param("from", "2023-S1").param("to", "2024-S2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.definition").isNotEmpty())
			.andExpect(jsonPath("$.source").isNotEmpty())
			.andExpect(jsonPath("$.asOf").isNotEmpty())
			.andExpect(jsonPath("$.semesters.length()").value(4))
			.andExpect(jsonPath("$.semesters[0].semester").value("2023-S1"))
			.andExpect(jsonPath("$.semesters[2].semester").value("2024-S1"))
			.andExpect(jsonPath("$.semesters[2].ikmReporting").value(accepted))
			.andExpect(jsonPath("$.semesters[2].workers").value(workers));
	}

	@Test
	void badParametersAreRefusedNamingTheParameterAndTheRule() throws Exception {
		refused(get("/api/v1/statistics/industry").param("province", "99"), "province", "99");
		refused(get("/api/v1/statistics/industry").param("top", "0"), "top", "1");
		refused(get("/api/v1/statistics/industry").param("top", "lots").with(offTheDocument()), "top", "lots");
		refused(get("/api/v1/statistics/workforce").param("from", "2024-S3").param("to", "2024-S2"), "from", "2024-S3");
		refused(get("/api/v1/statistics/workforce").param("from", "2024-S2").param("to", "2024-S1"), "from", "2024-S2");
		refused(get("/api/v1/statistics/workforce").param("from", "2000-S1").param("to", "2024-S1"), "from", "40");
		refused(get("/api/v1/statistics/workforce").param("to", "24-S1"), "to", "24-S1");
		refused(get("/api/v1/open-data/industry/by-province").param("format", "xml"), "format", "xml");
	}

	private void refused(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String field,
			String mentioned) throws Exception {
		mvc.perform(request)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString(mentioned)));
	}

	/** The IKM list's total for these filters with status ACTIVE, as the admin sees it. */
	private long listTotal(Map<String, String> filters) throws Exception {
		var request = get("/api/v1/ikm").param("status", "ACTIVE").param("size", "1").with(logins.as("admin"));
		filters.forEach(request::param);
		String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.page.totalElements")).longValue();
	}

	private id.canting.registry.Ikm register(String nib, String gender, List<String> techniques, List<String> dyes,
			int male, int female, long investment) {
		return ikms.register(Actor.SYSTEM, new IkmInput(nib, "Batik Uji " + nib, "Pemilik " + nib, gender, null, "75.71",
				null, "REGULAR", techniques, List.of("FABRIC"), dyes, male, female, null, investment, null, null, null));
	}
}
