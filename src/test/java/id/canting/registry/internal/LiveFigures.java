package id.canting.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.canting.registry.RegistryBreakdowns.ProvinceTechnique;
import id.canting.registry.RegistryBreakdowns.SentraFigure;
import id.canting.registry.RegistryFigures.Figure;
import id.canting.registry.RegistryFigures.Headline;
import id.canting.registry.RegistryFigures.Workforce;
import id.canting.registry.Technique;

/**
 * The test oracle for the tally: the registry's figures as they were counted before it, by full
 * aggregations over ikm and its child tables (and semester_report for the workforce), verbatim.
 */
final class LiveFigures {

	private final JdbcClient jdbc;

	LiveFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Headline headline() {
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
					rs.getLong("provinces"), rs.getTimestamp("last_changed") == null ? null
							: rs.getTimestamp("last_changed").toInstant()))
			.single();
	}

	List<Figure> byProvince() {
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
				""").query(LiveFigures::figure).list();
	}

	Workforce workforce() {
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

	Figure total(String province) {
		return jdbc.sql("select 'ALL' as k, count(*) as ikm, coalesce(sum(i.workers_male + i.workers_female), 0) as workers,"
				+ " (select count(*) from sentra s where s.status = 'ACTIVE'" + (province == null ? "" : " and s.province_code = :province")
				+ ") as sentra from ikm i where i.status = 'ACTIVE'" + scope(province))
			.params(params(province)).query(LiveFigures::figure).single();
	}

	List<Figure> byRegency(String province) {
		Map<String, Long> sentra = new HashMap<>();
		jdbc.sql("select i.regency_code as k, count(*) as n from sentra i where i.status = 'ACTIVE'" + scope(province)
				+ "group by i.regency_code").params(params(province))
			.query((rs, n) -> sentra.put(rs.getString("k"), rs.getLong("n"))).list();
		List<Figure> figures = new ArrayList<>(jdbc.sql("select i.regency_code as k, count(*) as ikm,"
				+ " sum(i.workers_male + i.workers_female) as workers, 0 as sentra from ikm i where i.status = 'ACTIVE'"
				+ scope(province) + "group by i.regency_code").params(params(province)).query(LiveFigures::figure).list()
			.stream().map(f -> new Figure(f.key(), f.ikm(), f.workers(), sentra.getOrDefault(f.key(), 0L))).toList());
		sentra.forEach((regency, count) -> {
			if (figures.stream().noneMatch(f -> f.key().equals(regency))) {
				figures.add(new Figure(regency, 0, 0, count));
			}
		});
		figures.sort(Comparator.comparingLong(Figure::ikm).reversed().thenComparing(Figure::key));
		return figures;
	}

	List<SentraFigure> bySentra(String province, int top) {
		return jdbc.sql("""
				select s.id, s.code, s.name, s.regency_code, m.ikm, m.workers
				from (select i.sentra_id, count(*) as ikm, sum(i.workers_male + i.workers_female) as workers
				      from ikm i where i.status = 'ACTIVE' and i.sentra_id is not null""" + scope(province) + """
				 group by i.sentra_id) m
				join sentra s on s.id = m.sentra_id and s.status = 'ACTIVE'
				order by m.ikm desc, s.code asc limit :top""").params(params(province)).param("top", top)
			.query((rs, n) -> new SentraFigure(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					rs.getString("regency_code"), rs.getLong("ikm"), rs.getLong("workers")))
			.list();
	}

	List<ProvinceTechnique> byProvinceAndTechnique() {
		return jdbc.sql("""
				select i.province_code, t.technique, count(*) as ikm, sum(i.workers_male + i.workers_female) as workers
				from ikm_technique t join ikm i on i.id = t.ikm_id where i.status = 'ACTIVE'
				group by i.province_code, t.technique order by i.province_code, t.technique""")
			.query((rs, n) -> new ProvinceTechnique(rs.getString("province_code"), Technique.valueOf(rs.getString("technique")),
					rs.getLong("ikm"), rs.getLong("workers")))
			.list();
	}

	/** kind, size_class or owner_gender */
	List<Figure> byColumn(String column, String province) {
		return jdbc.sql("select i." + column + " as k, count(*) as ikm, sum(i.workers_male + i.workers_female) as workers,"
				+ " 0 as sentra from ikm i where i.status = 'ACTIVE'" + scope(province) + " group by i." + column
				+ " order by ikm desc, k asc").params(params(province)).query(LiveFigures::figure).list();
	}

	/** technique, category or dye */
	List<Figure> bySet(String column, String province) {
		return jdbc.sql("select x." + column + " as k, count(*) as ikm, sum(i.workers_male + i.workers_female) as workers,"
				+ " 0 as sentra from ikm_" + column + " x join ikm i on i.id = x.ikm_id where i.status = 'ACTIVE'" + scope(province)
				+ " group by x." + column + " order by ikm desc, k asc").params(params(province)).query(LiveFigures::figure).list();
	}

	private static String scope(String province) {
		return province == null ? " " : " and i.province_code = :province ";
	}

	private static Map<String, Object> params(String province) {
		return province == null ? Map.of() : Map.of("province", province);
	}

	private static Figure figure(ResultSet rs, int row) throws SQLException {
		return new Figure(rs.getString("k"), rs.getLong("ikm"), rs.getLong("workers"), rs.getLong("sentra"));
	}
}
