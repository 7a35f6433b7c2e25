package id.canting.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.registry.RecordStatus;
import id.canting.registry.reports.ReportStatus;
import id.canting.registry.reports.Semester;
import id.canting.shared.Actor;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;

/**
 * Lists of semester reports for provincial offices, read with plain SQL: the queue of submitted
 * reports waiting for a decision, and which active IKM have not reported for a semester. Officers
 * see their province, admins every province (or one they choose); others are refused.
 */
@Service
@Transactional(readOnly = true)
public class SemesterReportQueries {

	private static final String REPORTED = "('SUBMITTED', 'ACCEPTED')";

	private final JdbcClient jdbc;
	private final ReportableIkms ikms;

	SemesterReportQueries(JdbcClient jdbc, ReportableIkms ikms) {
		this.jdbc = jdbc;
		this.ikms = ikms;
	}

	/** Submitted reports waiting for the office, oldest first (first sent, first decided). */
	public PageResponse<ReportSummary> reviewQueue(Actor actor, String province, PageRequest page) {
		SqlWhere where = new SqlWhere();
		where.eq("r.status", "status", ReportStatus.SUBMITTED.name());
		where.eq("i.province_code", "province", ReportAccess.reviewProvince(actor, province));
		long total = jdbc.sql("select count(*) from semester_report r join ikm i on i.id = r.ikm_id" + where.sql())
			.params(where.params).query(Long.class).single();
		List<ReportSummary> rows = jdbc.sql("""
				select r.id, r.ikm_id, i.name, i.regency_code, i.province_code, i.sentra_id, s.name as sentra_name,
				       r.semester, r.workers_male + r.workers_female as workers, r.status, r.submitted_at, r.updated_at
				from semester_report r join ikm i on i.id = r.ikm_id left join sentra s on s.id = i.sentra_id"""
				+ where.sql() + " order by r.submitted_at asc, r.id asc limit :limit offset :offset")
			.params(where.params).param("limit", page.size()).param("offset", page.offset())
			.query((rs, n) -> new ReportSummary(rs.getLong("id"), rs.getLong("ikm_id"), rs.getString("name"),
					rs.getString("regency_code"), rs.getString("province_code"), sentraId(rs),
					rs.getString("sentra_name"), rs.getString("semester"), rs.getInt("workers"),
					ReportStatus.valueOf(rs.getString("status")), instant(rs.getTimestamp("submitted_at")),
					instant(rs.getTimestamp("updated_at"))))
			.list();
		return PageResponse.of(rows, page, total);
	}

	/**
	 * Who has and has not reported for the semester, per province and sentra, with a page of the
	 * IKM still missing (optionally those of one sentra).
	 */
	public Compliance compliance(Actor actor, Semester semester, String province, Long sentra, PageRequest page) {
		String scope = ReportAccess.reviewProvince(actor, province);
		SqlWhere where = new SqlWhere();
		where.eq("i.status", "active", RecordStatus.ACTIVE.name());
		where.eq("i.province_code", "province", scope);
		// at most one report per IKM and semester (unique key), so the join never multiplies an IKM
		String from = " from ikm i left join sentra s on s.id = i.sentra_id"
				+ " left join semester_report r on r.ikm_id = i.id and r.semester = :semester";
		List<Compliance.Line> bySentra = jdbc.sql("select i.province_code, i.sentra_id, s.name as sentra_name,"
				+ " count(*) as active, sum(case when r.status in " + REPORTED + " then 1 else 0 end) as reported"
				+ from + where.sql() + " group by i.province_code, i.sentra_id, s.name"
				+ " order by i.province_code, s.name, i.sentra_id")
			.params(where.params).param("semester", semester.toString())
			.query((rs, n) -> new Compliance.Line(rs.getString("province_code"), sentraId(rs),
					rs.getString("sentra_name"), rs.getLong("active"), rs.getLong("reported")))
			.list();
		where.add("(r.id is null or r.status not in " + REPORTED + ")", "semester", semester.toString());
		where.eq("i.sentra_id", "sentra", sentra);
		long missingTotal = jdbc.sql("select count(*)" + from + where.sql()).params(where.params).query(Long.class)
			.single();
		List<Compliance.MissingIkm> missing = jdbc.sql("select i.id, i.name, i.regency_code, i.province_code,"
				+ " i.sentra_id, s.name as sentra_name, r.status" + from + where.sql()
				+ " order by i.province_code, s.name, i.name, i.id limit :limit offset :offset")
			.params(where.params).param("limit", page.size()).param("offset", page.offset())
			.query((rs, n) -> new Compliance.MissingIkm(rs.getLong("id"), rs.getString("name"),
					rs.getString("regency_code"), rs.getString("province_code"), sentraId(rs),
					rs.getString("sentra_name"),
					rs.getString("status") == null ? null : ReportStatus.valueOf(rs.getString("status"))))
			.list();
		List<Compliance.Line> byProvince = byProvince(bySentra);
		return new Compliance(semester, scope, byProvince.stream().mapToLong(Compliance.Line::activeIkm).sum(),
				byProvince.stream().mapToLong(Compliance.Line::reported).sum(), byProvince, bySentra,
				PageResponse.of(missing, page, missingTotal));
	}

	/**
	 * The semester to look at when none is named: the latest anyone has filed a report for, else the
	 * last one that has ended (reports are due after the semester).
	 */
	public Semester semesterToReview() {
		return jdbc.sql("select max(semester) from semester_report").query(String.class).optional()
			.flatMap(Semester::tryParse)
			.orElseGet(() -> ikms.currentSemester().previous());
	}

	private static List<Compliance.Line> byProvince(List<Compliance.Line> bySentra) {
		Map<String, long[]> sums = new LinkedHashMap<>();
		for (Compliance.Line line : bySentra) {
			long[] sum = sums.computeIfAbsent(line.provinceCode(), p -> new long[2]);
			sum[0] += line.activeIkm();
			sum[1] += line.reported();
		}
		List<Compliance.Line> lines = new ArrayList<>();
		sums.forEach((province, sum) -> lines.add(new Compliance.Line(province, null, null, sum[0], sum[1])));
		return lines;
	}

	private static Long sentraId(ResultSet rs) throws SQLException {
		return rs.getObject("sentra_id", Long.class);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
