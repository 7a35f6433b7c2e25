package id.canting.registry;

import id.canting.registry.internal.IkmTally;
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
 * The registry's breakdowns for analytics, like {@link RegistryFigures} but optionally within one
 * province: every figure counts active IKM (and their workers) exactly as the IKM list does for the
 * same filter with status ACTIVE, so a figure and the list behind it always agree. The IKM side is
 * read from the tally ({@link IkmTally}, kept in step with every change), the sentra counted live.
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
		return jdbc.sql("select 'ALL' as k, coalesce(sum(t.ikm), 0) as ikm, coalesce(sum(t.workers), 0) as workers,"
				+ " (select count(*) from sentra s where s.status = 'ACTIVE'" + (province == null ? "" : " and s.province_code = :province")
				+ ") as sentra from ikm_tally t where t.dimension = 'PROVINCE'" + scope(province))
			.params(params(province)).query(this::figure).single();
	}

	/**
	 * Per regency (within the province, or all), largest IKM count first, with the regency's active
	 * sentra: the tally's regency rows and the sentra counted live, merged here.
	 */
	public List<Figure> byRegency(String province) {
		Map<String, Long> sentra = new HashMap<>();
		jdbc.sql("select regency_code as k, count(*) as n from sentra t where status = 'ACTIVE'" + scope(province)
				+ "group by regency_code").params(params(province))
			.query((rs, n) -> sentra.put(rs.getString("k"), rs.getLong("n"))).list();
		List<Figure> figures = new ArrayList<>(tallied(IkmTally.Dimension.REGENCY, province).stream()
			.map(f -> new Figure(f.key(), f.ikm(), f.workers(), sentra.getOrDefault(f.key(), 0L))).toList());
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
				from (select t.tally_key, sum(t.ikm) as ikm, sum(t.workers) as workers
				      from ikm_tally t where t.dimension = 'SENTRA'""" + scope(province) + """
				 group by t.tally_key having sum(t.ikm) > 0) m
				join sentra s on cast(s.id as varchar(20)) = m.tally_key and s.status = 'ACTIVE'
				order by m.ikm desc, s.code asc limit :top""").params(params(province)).param("top", top)
			.query((rs, n) -> new SentraFigure(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					rs.getString("regency_code"), rs.getLong("ikm"), rs.getLong("workers")))
			.list();
	}

	/** Per technique; an IKM working in several counts under each. */
	public List<Figure> byTechnique(String province) {
		return tallied(IkmTally.Dimension.TECHNIQUE, province);
	}

	/** Per product category; an IKM making several counts under each. */
	public List<Figure> byCategory(String province) {
		return tallied(IkmTally.Dimension.CATEGORY, province);
	}

	/** Per dye; an IKM using both natural and synthetic dyes counts under each. */
	public List<Figure> byDye(String province) {
		return tallied(IkmTally.Dimension.DYE, province);
	}

	/** Per size class (kecil, menengah). */
	public List<Figure> bySizeClass(String province) {
		return tallied(IkmTally.Dimension.SIZE_CLASS, province);
	}

	/** Per owner gender. */
	public List<Figure> byOwnerGender(String province) {
		return tallied(IkmTally.Dimension.OWNER_GENDER, province);
	}

	/** Per kind of unit (regular, prison unit, cooperative). */
	public List<Figure> byKind(String province) {
		return tallied(IkmTally.Dimension.KIND, province);
	}

	/** Per province and technique, the whole country: the technique mix of each province. */
	public List<ProvinceTechnique> byProvinceAndTechnique() {
		return jdbc.sql("""
				select t.province_code, t.tally_key as technique, t.ikm, t.workers from ikm_tally t
				where t.dimension = 'TECHNIQUE' and t.ikm > 0 order by t.province_code, t.tally_key""")
			.query((rs, n) -> new ProvinceTechnique(rs.getString("province_code"), Technique.valueOf(rs.getString("technique")),
					rs.getLong("ikm"), rs.getLong("workers")))
			.list();
	}

	/** One dimension of the tally within the scope, values no active IKM has left out, largest first. */
	private List<Figure> tallied(IkmTally.Dimension dimension, String province) {
		return jdbc.sql("select t.tally_key as k, sum(t.ikm) as ikm, sum(t.workers) as workers, 0 as sentra"
				+ " from ikm_tally t where t.dimension = :dimension" + scope(province)
				+ " group by t.tally_key having sum(t.ikm) > 0 order by sum(t.ikm) desc, t.tally_key asc")
			.params(params(province)).param("dimension", dimension.name()).query(this::figure).list();
	}

	private static String scope(String province) {
		// the trailing space keeps the SQL that follows (often a text block's next line) a separate word
		return province == null ? " " : " and t.province_code = :province ";
	}

	private static Map<String, Object> params(String province) {
		return province == null ? Map.of() : Map.of("province", province);
	}

	private Figure figure(ResultSet rs, int row) throws SQLException {
		return new Figure(rs.getString("k"), rs.getLong("ikm"), rs.getLong("workers"), rs.getLong("sentra"));
	}
}
