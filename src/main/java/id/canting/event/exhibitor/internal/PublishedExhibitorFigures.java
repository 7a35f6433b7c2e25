package id.canting.event.exhibitor.internal;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.event.EventCode;
import id.canting.event.exhibitor.ExhibitorFigures;
import id.canting.registry.IkmKind;
import id.canting.registry.ProductCategory;

/** {@link ExhibitorFigures} read from the exhibitor applications of a published curation. */
@Service
@Transactional(readOnly = true)
class PublishedExhibitorFigures implements ExhibitorFigures {

	private final JdbcClient jdbc;

	PublishedExhibitorFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}


	private record Row(String province, String categories, IkmKind kind, String gender) {
	}

	@Override
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

	@Override
	public List<Exhibitor> exhibitors(EventCode code) {
		return jdbc.sql("""
				select a.ikm_name, a.ikm_kind, a.province_code, a.regency_code, a.categories, a.owner_gender, a.booth
				from exhibitor_application a
				where a.event_code = :code and a.status = 'SELECTED'
				  and exists (select 1 from exhibitor_curation c where c.event_code = a.event_code)
				order by a.ikm_name""")
			.param("code", code.value())
			.query((rs, n) -> new Exhibitor(rs.getString("ikm_name"), IkmKind.valueOf(rs.getString("ikm_kind")),
					rs.getString("province_code"), rs.getString("regency_code"), categories(rs.getString("categories")),
					"FEMALE".equals(rs.getString("owner_gender")), rs.getString("booth")))
			.list();
	}

	private static Set<ProductCategory> categories(String stored) {
		Set<ProductCategory> categories = EnumSet.noneOf(ProductCategory.class);
		if (stored != null && !stored.isBlank()) {
			for (String category : stored.split(",")) {
				categories.add(ProductCategory.valueOf(category));
			}
		}
		return categories;
	}
}
