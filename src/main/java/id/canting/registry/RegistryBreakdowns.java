package id.canting.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.registry.RegistryFigures.Figure;

/**
 * The registry's breakdowns for analytics, counted live like {@link RegistryFigures} but optionally
 * within one province: every figure counts active IKM (and their workers) exactly as the IKM list
 * does for the same filter with status ACTIVE, so a figure and the list behind it always agree.
 * A {@code null} province means the whole country.
 */
@Service
@Transactional(readOnly = true)
public class RegistryBreakdowns {

	private final JdbcClient jdbc;

	RegistryBreakdowns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A sentra with the active IKM that are its members and their workers. */
	public record SentraFigure(long id, String code, String name, String regencyCode, long ikm, long workers) {
	}

	/** Active IKM and their workers of one province working in one technique. */
	public record ProvinceTechnique(String province, Technique technique, long ikm, long workers) {
	}

	/** Active IKM and workers in scope: the whole of which the shares are parts. */
	public Figure total(String province) {
		return jdbc.sql("select 'ALL' as k, count(*) as ikm, coalesce(sum(i.workers_male + i.workers_female), 0) as workers,"
				+ " (select count(*) from sentra s where s.status = 'ACTIVE'" + (province == null ? "" : " and s.province_code = :province")
				+ ") as sentra from ikm i where i.status = 'ACTIVE'" + scope(province))
			.params(params(province)).query(this::figure).single();
	}

	/**
	 * Per regency (within the province, or all), largest IKM count first, with the regency's active
	 * sentra. Two grouped reads merged here: H2 would re-run a joined derived table for every row.
	 */
	public List<Figure> byRegency(String province) {
		Map<String, Long> sentra = new HashMap<>();
		jdbc.sql("select i.regency_code as k, count(*) as n from sentra i where i.status = 'ACTIVE'" + scope(province)
				+ "group by i.regency_code").params(params(province))
			.query((rs, n) -> sentra.put(rs.getString("k"), rs.getLong("n"))).list();
		List<Figure> figures = new ArrayList<>(jdbc.sql("select i.regency_code as k, count(*) as ikm,"
				+ " sum(i.workers_male + i.workers_female) as workers, 0 as sentra from ikm i where i.status = 'ACTIVE'"
				+ scope(province) + "group by i.regency_code").params(params(province)).query(this::figure).list()
			.stream().map(f -> new Figure(f.key(), f.ikm(), f.workers(), sentra.getOrDefault(f.key(), 0L))).toList());
		sentra.forEach((regency, count) -> {
			if (figures.stream().noneMatch(f -> f.key().equals(regency))) {
				figures.add(new Figure(regency, 0, 0, count));
			}
		});
		figures.sort(Comparator.comparingLong(Figure::ikm).reversed().thenComparing(Figure::key));
		return figures;
	}

	/** The {@code top} active sentra with the most active member IKM. */
	public List<SentraFigure> bySentra(String province, int top) {
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

	/** Per technique; an IKM working in several counts under each. */
	public List<Figure> byTechnique(String province) {
		return bySet("ikm_technique", "technique", province);
	}

	/** Per product category; an IKM making several counts under each. */
	public List<Figure> byCategory(String province) {
		return bySet("ikm_category", "category", province);
	}

	/** Per dye; an IKM using both natural and synthetic dyes counts under each. */
	public List<Figure> byDye(String province) {
		return bySet("ikm_dye", "dye", province);
	}

	/** Per size class (kecil, menengah). */
	public List<Figure> bySizeClass(String province) {
		return byColumn("size_class", province);
	}

	/** Per owner gender. */
	public List<Figure> byOwnerGender(String province) {
		return byColumn("owner_gender", province);
	}

	/** Per kind of unit (regular, prison unit, cooperative). */
	public List<Figure> byKind(String province) {
		return byColumn("kind", province);
	}

	/** Per province and technique, the whole country: the technique mix of each province. */
	public List<ProvinceTechnique> byProvinceAndTechnique() {
		return jdbc.sql("""
				select i.province_code, t.technique, count(*) as ikm, sum(i.workers_male + i.workers_female) as workers
				from ikm_technique t join ikm i on i.id = t.ikm_id where i.status = 'ACTIVE'
				group by i.province_code, t.technique order by i.province_code, t.technique""")
			.query((rs, n) -> new ProvinceTechnique(rs.getString("province_code"), Technique.valueOf(rs.getString("technique")),
					rs.getLong("ikm"), rs.getLong("workers")))
			.list();
	}

	// column comes from the call sites above, never from input
	private List<Figure> byColumn(String column, String province) {
		return jdbc.sql("select i." + column + " as k, count(*) as ikm, sum(i.workers_male + i.workers_female) as workers,"
				+ " 0 as sentra from ikm i where i.status = 'ACTIVE'" + scope(province) + " group by i." + column
				+ " order by ikm desc, k asc").params(params(province)).query(this::figure).list();
	}

	// table and column come from the call sites above, never from input
	private List<Figure> bySet(String table, String column, String province) {
		return jdbc.sql("select x." + column + " as k, count(*) as ikm, sum(i.workers_male + i.workers_female) as workers,"
				+ " 0 as sentra from " + table + " x join ikm i on i.id = x.ikm_id where i.status = 'ACTIVE'" + scope(province)
				+ " group by x." + column + " order by ikm desc, k asc").params(params(province)).query(this::figure).list();
	}

	private static String scope(String province) {
		// the trailing space keeps the SQL that follows (often a text block's next line) a separate word
		return province == null ? " " : " and i.province_code = :province ";
	}

	private static Map<String, Object> params(String province) {
		return province == null ? Map.of() : Map.of("province", province);
	}

	private Figure figure(ResultSet rs, int row) throws SQLException {
		return new Figure(rs.getString("k"), rs.getLong("ikm"), rs.getLong("workers"), rs.getLong("sentra"));
	}
}
