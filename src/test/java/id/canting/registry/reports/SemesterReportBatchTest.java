package id.canting.registry.reports;

import id.canting.registry.IkmId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.registry.internal.DuplicateReportException;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.Role;

/** Many reports at once pass the same rules as one, and one refused report refuses the lot. */
@CantingTest
@Transactional
class SemesterReportBatchTest {

	static final Actor OFFICER_33 = new Actor("officer.33", Role.OFFICER, "33", Set.of());

	@Autowired
	SemesterReportBatch batch;

	@Autowired
	JdbcClient jdbc;

	@Test
	void filesAndDecidesEachReportAsAsked() {
		List<Long> ikm = activeIkmIn("33", 2);
		List<SemesterReport> filed = batch.fileAll(OFFICER_33, List.of(
				new SemesterReportBatch.Filing(new IkmId(ikm.get(0)), report("2023-S2", 5), ReportStatus.ACCEPTED, null),
				new SemesterReportBatch.Filing(new IkmId(ikm.get(1)), report("2023-S2", 5), ReportStatus.RETURNED,
						"Kapasitas terpasang belum diisi sesuai izin usaha")));
		assertThat(filed).extracting(SemesterReport::status).containsExactly(ReportStatus.ACCEPTED, ReportStatus.RETURNED);
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'semester_report' and entity_id in (?, ?)")
			.params(String.valueOf(filed.get(0).id().value()), String.valueOf(filed.get(1).id().value()))
			.query(Long.class).single()).isEqualTo(6);
	}

	@Test
	void oneRefusedReportRefusesTheLot() {
		List<Long> ikm = activeIkmIn("33", 2);
		long before = jdbc.sql("select count(*) from semester_report").query(Long.class).single();
		assertThatThrownBy(() -> batch.fileAll(OFFICER_33, List.of(
				new SemesterReportBatch.Filing(new IkmId(ikm.get(0)), report("2023-S2", 5), ReportStatus.SUBMITTED, null),
				new SemesterReportBatch.Filing(new IkmId(ikm.get(1)), report("2023-S2", -5), ReportStatus.SUBMITTED, null))))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> batch.fileAll(OFFICER_33, List.of(new SemesterReportBatch.Filing(
				new IkmId(activeIkmIn("35", 1).get(0)), report("2023-S2", 5), ReportStatus.ACCEPTED, null))))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> batch.fileAll(OFFICER_33, List.of(
				new SemesterReportBatch.Filing(new IkmId(ikm.get(0)), report("2023-S2", 5), null, null),
				new SemesterReportBatch.Filing(new IkmId(ikm.get(0)), report("2023-S2", 6), null, null))))
			.isInstanceOf(DuplicateReportException.class);
		assertThat(jdbc.sql("select count(*) from semester_report").query(Long.class).single()).isEqualTo(before);
	}

	private List<Long> activeIkmIn(String province, int how) {
		return jdbc.sql("select id from ikm where province_code = ? and status = 'ACTIVE' order by id limit " + how)
			.param(province).query(Long.class).list();
	}

	private static SemesterReportInput report(String semester, int women) {
		return new SemesterReportInput(semester, 1, women, 100L, 200L, 10_000_000L, 2_000_000L, 5_000_000L, 0L, 1);
	}
}
