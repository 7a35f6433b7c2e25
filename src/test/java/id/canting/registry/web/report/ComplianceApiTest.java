package id.canting.registry.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
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
import id.canting.registry.IkmId;
import id.canting.registry.reports.Semester;
import id.canting.registry.reports.SemesterReportInput;
import id.canting.registry.reports.SemesterReports;
import id.canting.shared.Actor;

/** Who has not reported: the page's numbers against the same count written independently in SQL. */
@CantingTest
@Transactional
class ComplianceApiTest {

	/** Active IKM without a submitted or accepted report for the semester, per province and sentra ("-" outside). */
	static final String MISSING_BY_SENTRA = """
			select i.province_code || '/' || coalesce(cast(i.sentra_id as varchar(20)), '-') as k, count(*) as n
			from ikm i
			where i.status = 'ACTIVE' and i.province_code like :province
			  and not exists (select 1 from semester_report r where r.ikm_id = i.id and r.semester = :semester
			                  and r.status in ('SUBMITTED', 'ACCEPTED'))
			group by i.province_code, i.sentra_id""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SemesterReports reports;

	@Test
	void countsTheIkmOfTheOfficersProvinceThatHaveNotReportedPerSentra() throws Exception {
		String json = compliance("officer.33", "2024-S1", null);
		Map<String, Long> expected = missingBySentra("33", "2024-S1");
		long active = activeIkm("33");

		assertThat((String) JsonPath.read(json, "$.provinceCode")).isEqualTo("33");
		assertThat(((Number) JsonPath.read(json, "$.activeIkm")).longValue()).isEqualTo(active);
		assertThat(((Number) JsonPath.read(json, "$.missing")).longValue())
			.isEqualTo(expected.values().stream().mapToLong(Long::longValue).sum())
			.isPositive()
			.isLessThan(active / 4); // the demo data: about one IKM in ten has no report, one in forty was returned
		assertThat(((Number) JsonPath.read(json, "$.missingIkm.page.totalElements")).longValue())
			.isEqualTo(((Number) JsonPath.read(json, "$.missing")).longValue());
		assertThat(missingPerLine(json)).isEqualTo(expected);
		List<String> provinces = JsonPath.read(json, "$.byProvince[*].provinceCode");
		assertThat(provinces).containsExactly("33");
	}

	@Test
	void anAdminSeesEveryProvinceAndASemesterWithoutReportsHasEveryIkmMissing() throws Exception {
		String json = compliance("admin", "2024-S1", null);
		assertThat(((Number) JsonPath.read(json, "$.activeIkm")).longValue()).isEqualTo(5946);
		assertThat(missingPerLine(json)).isEqualTo(missingBySentra("%", "2024-S1"));
		List<Object> provinces = JsonPath.read(json, "$.byProvince");
		assertThat(provinces).hasSize(11);

		String empty = compliance("admin", "2023-S2", "35");
		assertThat(((Number) JsonPath.read(empty, "$.missing")).longValue()).isEqualTo(activeIkm("35"));
	}

	@Test
	void aDraftDoesNotCountAsReportedUntilItIsSubmitted() throws Exception {
		long ikm = jdbc.sql("""
				select min(i.id) from ikm i where i.province_code = '33' and i.status = 'ACTIVE'
				  and not exists (select 1 from semester_report r where r.ikm_id = i.id and r.semester = '2024-S1')""")
			.query(Long.class).single();
		long before = missing(compliance("officer.33", "2024-S1", null));
		Actor officer = new Actor("officer.33", id.canting.shared.Role.OFFICER, "33", java.util.Set.of());
		reports.file(officer, new IkmId(ikm), new SemesterReportInput("2024-S1", 1, 2, 10L, 20L, 1_000_000L, 0L, 0L,
				0L, 1));
		assertThat(missing(compliance("officer.33", "2024-S1", null))).isEqualTo(before);
		reports.submit(officer, new IkmId(ikm), Semester.parse("2024-S1"));
		assertThat(missing(compliance("officer.33", "2024-S1", null))).isEqualTo(before - 1);
	}

	@Test
	void officersSeeOnlyTheirProvinceAndOthersNothing() throws Exception {
		mvc.perform(get("/api/v1/reports/compliance").param("province", "35").with(logins.as("officer.33")))
			.andExpect(status().isForbidden());
		for (String role : List.of("owner", "buyer", "assessor")) {
			mvc.perform(get("/api/v1/reports/compliance").with(logins.as(role))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/v1/reports/compliance").param("semester", "2024-1").with(logins.as("admin")))
			.andExpect(status().isBadRequest());
	}

	private String compliance(String user, String semester, String province) throws Exception {
		var request = get("/api/v1/reports/compliance").param("semester", semester).with(logins.as(user));
		if (province != null) {
			request.param("province", province);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static long missing(String json) {
		return ((Number) JsonPath.read(json, "$.missing")).longValue();
	}

	/** The sentra lines with at least one IKM missing, keyed as the SQL keys them. */
	private static Map<String, Long> missingPerLine(String json) {
		List<Map<String, Object>> lines = JsonPath.read(json, "$.bySentra");
		Map<String, Long> missing = new HashMap<>();
		for (Map<String, Object> line : lines) {
			long n = ((Number) line.get("missing")).longValue();
			if (n > 0) {
				missing.put(line.get("provinceCode") + "/" + (line.get("sentraId") == null ? "-" : line.get("sentraId")), n);
			}
		}
		return missing;
	}

	private Map<String, Long> missingBySentra(String province, String semester) {
		Map<String, Long> missing = new HashMap<>();
		jdbc.sql(MISSING_BY_SENTRA).param("province", province).param("semester", semester)
			.query((rs, n) -> missing.put(rs.getString("k"), rs.getLong("n"))).list();
		return missing;
	}

	private long activeIkm(String province) {
		return jdbc.sql("select count(*) from ikm where status = 'ACTIVE' and province_code = ?").param(province)
			.query(Long.class).single();
	}
}
