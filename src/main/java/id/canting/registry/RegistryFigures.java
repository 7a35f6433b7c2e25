package id.canting.registry;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's headline figures and breakdowns, counted live from the records on every call (no
 * rebuild step), so an edit shows in the next request. Only active IKM and sentra count.
 */
@Service
@Transactional(readOnly = true)
public class RegistryFigures {

	private final JdbcClient jdbc;

	RegistryFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Workers, IKM, sentra and provinces with at least one active IKM or sentra.
	 *
	 * @param lastChangedAt the latest change to any IKM or sentra: the figures are as of then
	 */
	public record Headline(long workers, long ikm, long sentra, long provinces, Instant lastChangedAt) {
	}

	/** A breakdown line: a key (province code, technique, ...) with its IKM, workers and sentra. */
	public record Figure(String key, long ikm, long workers, long sentra) {
	}

	/**
	 * Workers as the semester reports state them: each active IKM counts the workers of its latest
	 * accepted report ({@code ikmFromReports} IKM, reports of {@code earliestSemester} to
	 * {@code latestSemester}, null when none), else those in the registry ({@code ikmFromRegistry}).
	 */
	public record Workforce(long workers, long ikmFromReports, long workersFromReports, long ikmFromRegistry,
			long workersFromRegistry, String earliestSemester, String latestSemester) {
	}

	public Headline headline() {
		return jdbc.sql("""
				select
				  (select coalesce(sum(workers_male + workers_female), 0) from ikm where status = 'ACTIVE') as workers,
				  (select count(*) from ikm where status = 'ACTIVE') as ikm,
				  (select count(*) from sentra where status = 'ACTIVE') as sentra,
				  (select count(*) from (select province_code from ikm where status = 'ACTIVE'
				                         union select province_code from sentra where status = 'ACTIVE') p) as provinces,
				  (select max(t) from (select max(updated_at) as t from ikm union all select max(updated_at) from sentra) u) as last_changed
				""")
			.query((rs, n) -> new Headline(rs.getLong("workers"), rs.getLong("ikm"), rs.getLong("sentra"),
					rs.getLong("provinces"), instant(rs.getTimestamp("last_changed"))))
			.single();
	}

	/** Per province, largest IKM count first. */
	public List<Figure> byProvince() {
		return jdbc.sql("""
				select p.province_code as k,
				       coalesce(i.ikm, 0) as ikm, coalesce(i.workers, 0) as workers, coalesce(s.sentra, 0) as sentra
				from (select province_code from ikm where status = 'ACTIVE'
				      union select province_code from sentra where status = 'ACTIVE') p
				left join (select province_code, count(*) as ikm, sum(workers_male + workers_female) as workers
				           from ikm where status = 'ACTIVE' group by province_code) i on i.province_code = p.province_code
				left join (select province_code, count(*) as sentra
				           from sentra where status = 'ACTIVE' group by province_code) s on s.province_code = p.province_code
				order by ikm desc, k asc
				""").query(this::figure).list();
	}

	/** Per technique; an IKM working in several techniques counts under each. */
	public List<Figure> byTechnique() {
		return bySet("ikm_technique", "technique");
	}

	/** Per product category; an IKM making several counts under each. */
	public List<Figure> byCategory() {
		return bySet("ikm_category", "category");
	}

	/** Per dye; an IKM using both counts under each. */
	public List<Figure> byDye() {
		return bySet("ikm_dye", "dye");
	}

	/** Per kind of unit (regular, prison unit, cooperative). */
	public List<Figure> byKind() {
		return jdbc.sql("""
				select kind as k, count(*) as ikm, sum(workers_male + workers_female) as workers, 0 as sentra
				from ikm where status = 'ACTIVE' group by kind order by ikm desc, k asc
				""").query(this::figure).list();
	}

	/**
	 * The workforce by the semester reports, beside the registry's {@link Headline#workers()}. The
	 * latest accepted report is found by semester text, which sorts in time order; the lookups use the
	 * unique (ikm_id, semester) index.
	 */
	public Workforce workforce() {
		return jdbc.sql("""
				select coalesce(sum(workers), 0) as workers, count(report_semester) as ikm_reports,
				       coalesce(sum(case when report_semester is null then 0 else workers end), 0) as workers_reports,
				       count(*) - count(report_semester) as ikm_registry,
				       coalesce(sum(case when report_semester is null then workers else 0 end), 0) as workers_registry,
				       min(report_semester) as earliest, max(report_semester) as latest
				from (select r.semester as report_semester,
				             coalesce(r.workers_male + r.workers_female, i.workers_male + i.workers_female) as workers
				      from ikm i
				      left join (select a.ikm_id, a.semester, a.workers_male, a.workers_female from semester_report a
				                 where a.status = 'ACCEPTED' and not exists (select 1 from semester_report b
				                   where b.ikm_id = a.ikm_id and b.status = 'ACCEPTED' and b.semester > a.semester)) r
				        on r.ikm_id = i.id
				      where i.status = 'ACTIVE') c
				""")
			.query((rs, n) -> new Workforce(rs.getLong("workers"), rs.getLong("ikm_reports"),
					rs.getLong("workers_reports"), rs.getLong("ikm_registry"), rs.getLong("workers_registry"),
					rs.getString("earliest"), rs.getString("latest")))
			.single();
	}

	// table and column come from the two call sites above, never from input
	private List<Figure> bySet(String table, String column) {
		return jdbc.sql("select x." + column + " as k, count(*) as ikm, sum(i.workers_male + i.workers_female) as workers,"
				+ " 0 as sentra from " + table + " x join ikm i on i.id = x.ikm_id where i.status = 'ACTIVE'"
				+ " group by x." + column + " order by ikm desc, k asc").query(this::figure).list();
	}

	private Figure figure(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Figure(rs.getString("k"), rs.getLong("ikm"), rs.getLong("workers"), rs.getLong("sentra"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
