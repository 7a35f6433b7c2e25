package id.canting.registry;

import id.canting.registry.internal.IkmTally;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's headline figures and breakdowns, live: the IKM side is read from the tally that
 * every change updates in its own transaction ({@link IkmTally}, no rebuild step), the sentra are
 * counted from their table, so an edit shows in the next request. Only active IKM and sentra count.
 */
@Service
@Transactional(readOnly = true)
public class RegistryFigures {

	private final JdbcClient jdbc;
	private final RegistryBreakdowns breakdowns;

	RegistryFigures(JdbcClient jdbc, RegistryBreakdowns breakdowns) {
		this.jdbc = jdbc;
		this.breakdowns = breakdowns;
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
				  (select coalesce(sum(workers), 0) from ikm_tally where dimension = 'PROVINCE') as workers,
				  (select coalesce(sum(ikm), 0) from ikm_tally where dimension = 'PROVINCE') as ikm,
				  (select count(*) from sentra where status = 'ACTIVE') as sentra,
				  (select count(*) from (select province_code from ikm_tally where dimension = 'PROVINCE' and ikm > 0
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
				from (select province_code from ikm_tally where dimension = 'PROVINCE' and ikm > 0
				      union select province_code from sentra where status = 'ACTIVE') p
				left join (select province_code, ikm, workers from ikm_tally
				           where dimension = 'PROVINCE' and ikm > 0) i on i.province_code = p.province_code
				left join (select province_code, count(*) as sentra
				           from sentra where status = 'ACTIVE' group by province_code) s on s.province_code = p.province_code
				order by ikm desc, k asc
				""").query(this::figure).list();
	}

	/** Per technique; an IKM working in several techniques counts under each. */
	public List<Figure> byTechnique() {
		return breakdowns.byTechnique(null);
	}

	/** Per product category; an IKM making several counts under each. */
	public List<Figure> byCategory() {
		return breakdowns.byCategory(null);
	}

	/** Per dye; an IKM using both counts under each. */
	public List<Figure> byDye() {
		return breakdowns.byDye(null);
	}

	/** Per kind of unit (regular, prison unit, cooperative). */
	public List<Figure> byKind() {
		return breakdowns.byKind(null);
	}

	/**
	 * The workforce by the semester reports, beside the registry's {@link Headline#workers()}: the
	 * tally's WORKFORCE rows count each active IKM under the semester of its latest accepted report
	 * (with that report's workers), or under REGISTRY (with the registry's) when it has none.
	 */
	public Workforce workforce() {
		return jdbc.sql("""
				select coalesce(sum(workers), 0) as workers,
				       coalesce(sum(case when tally_key = 'REGISTRY' then 0 else ikm end), 0) as ikm_reports,
				       coalesce(sum(case when tally_key = 'REGISTRY' then 0 else workers end), 0) as workers_reports,
				       coalesce(sum(case when tally_key = 'REGISTRY' then ikm else 0 end), 0) as ikm_registry,
				       coalesce(sum(case when tally_key = 'REGISTRY' then workers else 0 end), 0) as workers_registry,
				       min(case when tally_key <> 'REGISTRY' and ikm > 0 then tally_key end) as earliest,
				       max(case when tally_key <> 'REGISTRY' and ikm > 0 then tally_key end) as latest
				from ikm_tally where dimension = 'WORKFORCE'
				""")
			.query((rs, n) -> new Workforce(rs.getLong("workers"), rs.getLong("ikm_reports"),
					rs.getLong("workers_reports"), rs.getLong("ikm_registry"), rs.getLong("workers_registry"),
					rs.getString("earliest"), rs.getString("latest")))
			.single();
	}

	private Figure figure(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Figure(rs.getString("k"), rs.getLong("ikm"), rs.getLong("workers"), rs.getLong("sentra"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
