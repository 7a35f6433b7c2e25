package id.canting.statistics.web;

import static id.canting.readiness.internal.statistics.ReadinessRows.anAssessment;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import id.canting.CantingTest;
import id.canting.readiness.internal.statistics.ReadinessRows;

/**
 * The readiness statistics API, the industry dashboard's readiness section and the readiness open
 * data, on a fixture of Gorontalo (75), which has no demo IKM, in 2011 and 2012, years no demo
 * assessment uses: every figure is computed by hand in the comments. The fixture rolls back with
 * each test, except in the cache test, which deletes what it committed.
 */
@CantingTest
class ReadinessStatisticsApiTest {

	static final String GORONTALO = "75";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	/** 2012: three verified in Gorontalo (one submitted only); 2011: two of them verified. */
	private List<Long> fixture() {
		List<Long> ids = new ArrayList<>();
		ids.add(anAssessment().ofIkm(900_001).in(2012).inProvince(GORONTALO).sized("KECIL").withTechniques("TULIS")
			.index("1.50").pillars("1.00", "2.00", "1.50", "1.00", "2.00").insertWith(jdbc));
		ids.add(anAssessment().ofIkm(900_002).in(2012).inProvince(GORONTALO).sized("MENENGAH").withTechniques("TULIS", "CAP")
			.index("2.75").pillars("3.00", "2.50", "3.00", "2.00", "3.00").insertWith(jdbc));
		ids.add(anAssessment().ofIkm(900_003).in(2012).inProvince(GORONTALO).sized("KECIL").withTechniques("CAP")
			.index("0.40").pillars("0.50", "0.00", "1.00", "0.00", "0.50").insertWith(jdbc));
		ids.add(anAssessment().ofIkm(900_004).in(2012).inProvince(GORONTALO).submitted().index("3.50")
			.pillars("3.50", "3.50", "3.50", "3.50", "3.50").insertWith(jdbc));
		ids.add(anAssessment().ofIkm(900_001).in(2011).inProvince(GORONTALO).index("1.00")
			.pillars("1.00", "1.00", "1.00", "1.00", "1.00").insertWith(jdbc));
		ids.add(anAssessment().ofIkm(900_002).in(2011).inProvince(GORONTALO).index("2.20")
			.pillars("2.00", "2.00", "2.50", "2.00", "2.50").insertWith(jdbc));
		return ids;
	}

	@Test
	@Transactional
	void theProvincesFiguresOfAYearAreComputedFromItsVerifiedAssessments() throws Exception {
		fixture();

		mvc.perform(get("/api/v1/statistics/readiness").param("province", GORONTALO).param("year", "2012"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2012))
			.andExpect(jsonPath("$.provinceCode").value(GORONTALO))
			.andExpect(jsonPath("$.years").value(hasItem(2011)))
			.andExpect(jsonPath("$.definition").isNotEmpty())
			// 1.50 + 2.75 + 0.40 = 4.65 / 3 = 1.55 (the submitted 3.50 does not count)
			.andExpect(jsonPath("$.assessed").value(3))
			.andExpect(jsonPath("$.averageIndex").value(1.55))
			.andExpect(jsonPath("$.byLevel.NOT_READY").value(1))
			.andExpect(jsonPath("$.byLevel.INITIAL").value(1))
			.andExpect(jsonPath("$.byLevel.MODERATE").value(1))
			.andExpect(jsonPath("$.byLevel.MATURE").value(0))
			.andExpect(jsonPath("$.byLevel.APPLYING").value(0))
			// management (1 + 3 + 0.5) / 3 = 1.50; technology (1 + 2 + 0) / 3 = 1.00
			.andExpect(jsonPath("$.pillars.MANAGEMENT_AND_ORGANISATION").value(1.5))
			.andExpect(jsonPath("$.pillars.TECHNOLOGY").value(1.0))
			.andExpect(jsonPath("$.byProvince.length()").value(1))
			.andExpect(jsonPath("$.byProvince[0].key").value(GORONTALO))
			// CAP: 2.75 and 0.40 → 1.575 → 1.58; TULIS: 1.50 and 2.75 → 2.125 → 2.13
			.andExpect(jsonPath("$.byTechnique[?(@.key == 'CAP')].averageIndex").value(hasItem(1.58)))
			.andExpect(jsonPath("$.byTechnique[?(@.key == 'TULIS')].averageIndex").value(hasItem(2.13)))
			.andExpect(jsonPath("$.bySizeClass[?(@.key == 'MENENGAH')].assessed").value(hasItem(1)))
			// the two IKM verified in 2011 and 2012: now (1.50 + 2.75) / 2 = 2.125 → 2.13, before (1.00 + 2.20) / 2 = 1.60
			.andExpect(jsonPath("$.yearOnYear.previousYear").value(2011))
			.andExpect(jsonPath("$.yearOnYear.compared").value(2))
			.andExpect(jsonPath("$.yearOnYear.previousAverageIndex").value(1.6))
			.andExpect(jsonPath("$.yearOnYear.averageIndex").value(2.13))
			.andExpect(jsonPath("$.yearOnYear.change").value(0.53));
	}

	@Test
	@Transactional
	void aProvinceWithoutVerifiedAssessmentsHasZerosAtEveryLevel() throws Exception {
		fixture();

		mvc.perform(get("/api/v1/statistics/readiness").param("province", "76").param("year", "2012"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assessed").value(0))
			.andExpect(jsonPath("$.byLevel.NOT_READY").value(0))
			.andExpect(jsonPath("$.byLevel.APPLYING").value(0))
			.andExpect(jsonPath("$.byProvince.length()").value(0))
			.andExpect(jsonPath("$.yearOnYear.compared").value(0));
	}

	@Test
	void refusesAnUnknownProvinceOrABadYearNamingTheParameter() throws Exception {
		mvc.perform(get("/api/v1/statistics/readiness").param("province", "99"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("province"));
		mvc.perform(get("/api/v1/statistics/readiness").param("year", "dua ribu"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		mvc.perform(get("/api/v1/statistics/readiness").param("year", "1999").header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("2000")));
	}

	@Test
	@Transactional
	void theIndustryDashboardShowsTheReadinessOfItsProvince() throws Exception {
		fixture();

		mvc.perform(get("/statistics/industry").param("province", GORONTALO).param("readinessYear", "2012")
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"readiness\"")))
			.andExpect(content().string(containsString("Industry 4.0 readiness")))
			.andExpect(content().string(containsString("data-key=\"NOT_READY\"")))
			.andExpect(content().string(containsString("id=\"table-readiness-province\"")))
			.andExpect(content().string(containsString("id=\"table-readiness-trend\"")))
			// the year-on-year line: 2012 against 2011 over the same two IKM
			.andExpect(content().string(containsString("data-label=\"2012\" data-value=\"2.13\" data-previous=\"1.60\"")))
			.andExpect(content().string(containsString("1.55")));
	}

	@Test
	@Transactional
	void openDataPublishesReadinessAggregatesAsCsvAndJson() throws Exception {
		fixture();

		mvc.perform(get("/api/v1/open-data/readiness/by-province.csv"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content().string(containsString(
					"year,province_code,province_name,assessed,average_index,level_0")))
			// 2012, Gorontalo: 3 assessed, 1.55, one each at levels 0, 1, 2; pillars 1.50, 1.50, 1.83, 1.00, 1.83
			.andExpect(content().string(containsString("2012,75,Gorontalo,3,1.55,1,1,1,0,0,1.50,1.50,1.83,1.00,1.83")));
		mvc.perform(get("/api/v1/open-data/readiness/by-level"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dataset").value("readiness-by-level"))
			.andExpect(jsonPath("$.rows[?(@.year == 2011 && @.level == 2)].ikm").value(hasItem(1)));
		mvc.perform(get("/api/v1/open-data/readiness/by-level").param("format", "xml"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("format"));
		mvc.perform(get("/open-data")).andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/open-data/readiness/by-province.csv")));
	}

	@Test
	void anonymousReadersGetTheFiguresFromThePublicPageCache() throws Exception {
		List<Long> ids = transactions.execute(status -> fixture());
		try {
			String etag = mvc.perform(get("/api/v1/statistics/readiness").param("province", GORONTALO).param("year", "2012"))
				.andExpect(status().isOk())
				.andExpect(header().exists("ETag"))
				.andExpect(jsonPath("$.assessed").value(3))
				.andReturn().getResponse().getHeader("ETag");
			// a row removed behind the application's back (no event, so no new data version): the stored copy still answers
			transactions.executeWithoutResult(status -> ReadinessRows.deleteAll(jdbc, List.of(ids.get(0))));
			mvc.perform(get("/api/v1/statistics/readiness").param("province", GORONTALO).param("year", "2012"))
				.andExpect(status().isOk())
				.andExpect(header().string("ETag", etag))
				.andExpect(jsonPath("$.assessed").value(3));
		}
		finally {
			transactions.executeWithoutResult(status -> ReadinessRows.deleteAll(jdbc, ids.subList(1, ids.size())));
		}
	}
}
