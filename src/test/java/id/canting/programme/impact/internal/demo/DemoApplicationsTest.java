package id.canting.programme.impact.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.canting.CantingTest;
import id.canting.programme.application.ApplicationStatus;

/**
 * The demo applications: every status of the workflow is there, each programme's history stays within
 * its quota and budget with the committed figures matching its approvals, and the applicants meet the
 * programme's rules (prison units for prison assistance, Tuban for the Gedhog IG).
 */
@CantingTest
class DemoApplicationsTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyStatusOfTheWorkflowIsShown() {
		List<String> statuses = jdbc.sql("select distinct status from programme_application where created_by = 'system'")
			.query(String.class).list();
		assertThat(statuses).containsExactlyInAnyOrder(
				java.util.Arrays.stream(ApplicationStatus.values()).map(Enum::name).toArray(String[]::new));
	}

	@Test
	void committedFiguresMatchTheApprovalsAndStayWithinQuotaAndBudget() {
		List<Map<String, Object>> rows = jdbc.sql("""
				select p.code, p.quota, p.budget_idr, p.approved_count, p.committed_idr,
				 (select count(*) from programme_application a where a.programme_id = p.id
				  and a.status in ('APPROVED', 'REALISED', 'CLOSED')) as benefits
				 from programme p where p.code like '%-2024'""").query().listOfRows();
		assertThat(rows).hasSize(7);
		for (Map<String, Object> row : rows) {
			long approved = ((Number) row.get("approved_count")).longValue();
			assertThat(approved).as((String) row.get("code")).isEqualTo(((Number) row.get("benefits")).longValue())
				.isPositive().isLessThanOrEqualTo(((Number) row.get("quota")).longValue());
			assertThat(((Number) row.get("committed_idr")).longValue())
				.isLessThanOrEqualTo(((Number) row.get("budget_idr")).longValue());
		}
	}

	@Test
	void applicantsMeetTheirProgrammesRules() {
		Map<String, List<String>> kinds = jdbc.sql("""
				select p.code, a.beneficiary_kind from programme_application a join programme p on p.id = a.programme_id
				 where a.beneficiary_kind is not null""")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		assertThat(kinds.get("BINA-LAPAS-2024")).isNotEmpty().containsOnly("PRISON_UNIT");
		assertThat(kinds.get("FAS-PERALATAN-SENTRA-2024")).isNotEmpty().containsOnly("SENTRA");
		assertThat(jdbc.sql("""
				select distinct a.province_code from programme_application a join programme p on p.id = a.programme_id
				 where p.code = 'IG-GEDHOG-TUBAN-2024'""").query(String.class).list()).containsExactly("35");
	}

	@Test
	void machineRestructuringBeneficiariesHaveTheirMachinesAndAConfirmingVisit() {
		List<Map<String, Object>> rows = jdbc.sql("""
				select a.id, (select count(*) from claim_line l where l.application_id = a.id) as machines,
				 (select count(*) from visit_machine m where m.application_id = a.id and m.present and m.is_new) as confirmed
				 from programme_application a join programme p on p.id = a.programme_id
				 where p.code = 'RESTRUKTURISASI-MESIN-2024' and a.status in ('APPROVED', 'REALISED', 'CLOSED')""")
			.query().listOfRows();
		assertThat(rows).isNotEmpty().allSatisfy(row -> {
			assertThat(((Number) row.get("machines")).longValue()).isPositive();
			assertThat(((Number) row.get("confirmed")).longValue()).isEqualTo(((Number) row.get("machines")).longValue());
		});
	}
}
