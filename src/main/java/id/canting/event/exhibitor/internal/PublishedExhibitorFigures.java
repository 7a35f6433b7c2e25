package id.canting.event.exhibitor.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.event.EventCode;
import id.canting.event.ExhibitorSellers;
import id.canting.event.exhibitor.ExhibitorFigures;
import id.canting.registry.IkmKind;
import id.canting.registry.ProductCategory;

/** {@link ExhibitorFigures} and {@link ExhibitorSellers} read from the exhibitor applications of a published curation. */
@Service
@Transactional(readOnly = true)
class PublishedExhibitorFigures implements ExhibitorFigures, ExhibitorSellers {

	private final JdbcClient jdbc;

	PublishedExhibitorFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
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

	@Override
	public List<SelectedExhibitor> selected(EventCode code) {
		return jdbc.sql("""
				select a.ikm_id, a.ikm_name, a.booth from exhibitor_application a
				where a.event_code = :code and a.status = 'SELECTED'
				  and exists (select 1 from exhibitor_curation c where c.event_code = a.event_code)
				order by a.ikm_name""")
			.param("code", code.value())
			.query((rs, n) -> new SelectedExhibitor(rs.getLong("ikm_id"), rs.getString("ikm_name"), rs.getString("booth")))
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
