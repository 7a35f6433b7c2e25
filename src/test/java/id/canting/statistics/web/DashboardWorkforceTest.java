package id.canting.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.registry.Ikm;
import id.canting.registry.IkmId;
import id.canting.registry.IkmManagement;
import id.canting.registry.reports.Semester;
import id.canting.registry.reports.SemesterReport;
import id.canting.registry.reports.SemesterReportInput;
import id.canting.registry.reports.SemesterReports;
import id.canting.shared.Actor;

/**
 * The dashboard's headline workers are the registry's, counted live; beside them, the workforce by the
 * semester reports counts each IKM's latest accepted report, else its registry value, and says which.
 */
@CantingTest
class DashboardWorkforceTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SemesterReports reports;

	@Autowired
	IkmManagement ikms;

	@Test
	void theDemoReportsAgreeWithTheArticles200000AndThePageSaysWhereTheFigureComesFrom() throws Exception {
		long fromReports = jdbc.sql("""
				select count(distinct r.ikm_id) from semester_report r join ikm i on i.id = r.ikm_id
				where r.status = 'ACCEPTED' and i.status = 'ACTIVE'""").query(Long.class).single();
		Document page = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());

		assertThat(page.select("#figure-workers .value").text()).isEqualTo("200.000");
		assertThat(fromReports).isGreaterThan(4_000);
		assertThat(page.select("#workers-source").attr("data-workers")).isEqualTo("200000");
		assertThat(page.select("#workers-source").attr("data-from-reports")).isEqualTo(String.valueOf(fromReports));
		assertThat(page.select("#workers-source").attr("data-from-registry")).isEqualTo(String.valueOf(5946 - fromReports));
		assertThat(page.select("#workers-source").text())
			.startsWith("Menurut laporan semester, tenaga kerja berjumlah 200.000 orang")
			.contains("(Semester 1 2024)");
		mvc.perform(get("/api/v1/statistics/summary"))
			.andExpect(jsonPath("$.workers").value(200000))
			.andExpect(jsonPath("$.workersSource.workers").value(200000))
			.andExpect(jsonPath("$.workersSource.fromReports").value(fromReports))
			.andExpect(jsonPath("$.workersSource.latestSemester").value("2024-S1"));
	}

	@Test
	@Transactional
	void aLaterAcceptedReportReplacesTheEarlierOneInTheReportFigureOnly() throws Exception {
		// an IKM whose 2024-S1 report was accepted in the demo data: the report figure counts that report
		long ikm = jdbc.sql("select min(ikm_id) from semester_report where status = 'ACCEPTED' and semester = '2024-S1'")
			.query(Long.class).single();
		int reported = jdbc.sql("select workers_male + workers_female from semester_report where ikm_id = ? and semester = '2024-S1'")
			.param(ikm).query(Integer.class).single();
		SemesterReport later = reports.file(Actor.SYSTEM, new IkmId(ikm), new SemesterReportInput("2024-S2", 1,
				reported + 4, 10L, 20L, 1_000_000L, 0L, 0L, 0L, 1));
		reports.submit(Actor.SYSTEM, new IkmId(ikm), later.semester());
		summaryShows(200000, 200000, "2024-S1");

		reports.accept(Actor.SYSTEM, new IkmId(ikm), Semester.parse("2024-S2"));
		summaryShows(200000, 200005, "2024-S2");
	}

	@Test
	@Transactional
	void aRegistryEditCountsInTheReportFigureOnlyForAnIkmWithoutAnAcceptedReport() throws Exception {
		long reporting = jdbc.sql("select min(ikm_id) from semester_report where status = 'ACCEPTED'").query(Long.class)
			.single();
		long silent = jdbc.sql("""
				select min(i.id) from ikm i where i.status = 'ACTIVE'
				  and not exists (select 1 from semester_report r where r.ikm_id = i.id and r.status = 'ACCEPTED')""")
			.query(Long.class).single();
		addWorkers(reporting, 3);
		summaryShows(200003, 200000, "2024-S1");
		addWorkers(silent, 2);
		summaryShows(200005, 200002, "2024-S1");
	}

	private void addWorkers(long id, int more) {
		Ikm ikm = ikms.ikm(Actor.SYSTEM, new IkmId(id));
		ikms.update(Actor.SYSTEM, ikm.id(), ikm.version(),
				StatisticsApiTest.inputOf(ikm, ikm.details().workersFemale() + more));
	}

	private void summaryShows(long registry, long byReports, String latestSemester) throws Exception {
		mvc.perform(get("/api/v1/statistics/summary"))
			.andExpect(jsonPath("$.workers").value(registry))
			.andExpect(jsonPath("$.workersSource.workers").value(byReports))
			.andExpect(jsonPath("$.workersSource.latestSemester").value(latestSemester));
	}
}
