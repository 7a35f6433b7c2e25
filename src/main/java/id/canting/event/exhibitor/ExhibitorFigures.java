package id.canting.event.exhibitor;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.event.EventCode;
import id.canting.registry.IkmKind;
import id.canting.registry.ProductCategory;

/**
 * The exhibitors of an event in figures, for the event's summary and dashboard: only applications
 * SELECTED in a published curation count (before publishing, every figure is 0). An exhibitor showing
 * several categories counts under each; women-owned means the registry's owner gender was FEMALE when
 * the IKM applied.
 */
@Service
@Transactional(readOnly = true)
public class ExhibitorFigures {

	private final JdbcClient jdbc;

	ExhibitorFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param exhibitors selected and published exhibitors
	 * @param provinces distinct provinces they come from
	 * @param byProvince province code → exhibitors
	 * @param byCategory product category → exhibitors showing it
	 * @param byKind IKM kind → exhibitors
	 * @param womenOwned exhibitors whose owner is a woman
	 * @param prisonUnits exhibitors that are prison units (IKM binaan lapas)
	 */
	public record Figures(long exhibitors, long provinces, Map<String, Long> byProvince,
			Map<ProductCategory, Long> byCategory, Map<IkmKind, Long> byKind, long womenOwned, long prisonUnits) {
	}

	private record Row(String province, String categories, IkmKind kind, String gender) {
	}

	public Figures of(EventCode code) {
		List<Row> rows = jdbc.sql("""
				select a.province_code, a.categories, a.ikm_kind, a.owner_gender from exhibitor_application a
				where a.event_code = :code and a.status = 'SELECTED'
				  and exists (select 1 from exhibitor_curation c where c.event_code = a.event_code)""")
			.param("code", code.value())
			.query((rs, n) -> new Row(rs.getString("province_code"), rs.getString("categories"),
					IkmKind.valueOf(rs.getString("ikm_kind")), rs.getString("owner_gender")))
			.list();
		Map<String, Long> byProvince = new TreeMap<>();
		Map<ProductCategory, Long> byCategory = new EnumMap<>(ProductCategory.class);
		Map<IkmKind, Long> byKind = new EnumMap<>(IkmKind.class);
		long women = 0;
		for (Row row : rows) {
			byProvince.merge(row.province(), 1L, Long::sum);
			byKind.merge(row.kind(), 1L, Long::sum);
			if (!row.categories().isBlank()) {
				for (String category : row.categories().split(",")) {
					byCategory.merge(ProductCategory.valueOf(category), 1L, Long::sum);
				}
			}
			women += "FEMALE".equals(row.gender()) ? 1 : 0;
		}
		return new Figures(rows.size(), byProvince.size(), byProvince, byCategory, byKind, women,
				byKind.getOrDefault(IkmKind.PRISON_UNIT, 0L));
	}
}
