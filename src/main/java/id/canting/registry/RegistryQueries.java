package id.canting.registry;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;
import id.canting.shared.PageRequest;
import id.canting.shared.Role;
import id.canting.shared.PageResponse;

/**
 * Lists of IKM and sentra, filtered and paged, read with plain SQL. Filter values are always bound
 * as parameters; sort properties come from a fixed list.
 */
@Service
@Transactional(readOnly = true)
public class RegistryQueries {

	/** Properties an IKM list may be sorted by, mapped to SQL. */
	public static final Map<String, String> IKM_SORTS = Map.of("name", "i.name", "nib", "i.nib", "workers",
			"(i.workers_male + i.workers_female)", "regency", "i.regency_code", "updatedAt", "i.updated_at");
	public static final Map<String, String> SENTRA_SORTS = Map.of("name", "s.name", "code", "s.code", "regency",
			"s.regency_code", "members", "members", "updatedAt", "s.updated_at");

	private final JdbcClient jdbc;

	RegistryQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * IKM with their personal fields, within the actor's scope: an officer sees their province, an
	 * owner their own IKM, an admin everything; others are refused.
	 */
	public PageResponse<IkmSummary> ikm(Actor actor, IkmFilter filter, PageRequest page) {
		RegistryAccess.requireRegistryList(actor);
		Where where = filters(filter, true);
		if (actor.role() == Role.OFFICER) {
			if (filter.province() != null && !filter.province().equals(actor.provinceCode())) {
				throw new ForbiddenException("registry.forbidden.province", filter.province());
			}
			where.eq("i.province_code", "scopeProvince", actor.provinceCode());
		}
		else if (actor.role() == Role.IKM_OWNER) {
			where.add("i.id in (:scopeIkm)", "scopeIkm", actor.ikmIds().isEmpty() ? List.of(-1L) : List.copyOf(actor.ikmIds()));
		}
		return ikm(where, page);
	}

	/**
	 * The public catalogue: active, verified IKM with no personal fields; {@code q} searches names
	 * only, so a search cannot reveal who owns what.
	 */
	public PageResponse<CatalogueEntry> catalogue(IkmFilter filter, PageRequest page) {
		return catalogue(publicOnly(filters(filter, false)), page);
	}

	/** One catalogue entry, or not found when the IKM is not (or no longer) public. */
	public CatalogueEntry catalogueEntry(IkmId id) {
		Where where = publicOnly(new Where());
		where.eq("i.id", "id", id.value());
		return catalogue(where, new PageRequest(0, 1, "name", true)).content().stream().findFirst()
			.orElseThrow(() -> new IkmNotFoundException(id));
	}

	private static Where publicOnly(Where where) {
		where.eq("i.status", "publicStatus", RecordStatus.ACTIVE.name());
		where.eq("i.verification", "publicVerification", Verification.VERIFIED.name());
		return where;
	}

	private PageResponse<CatalogueEntry> catalogue(Where where, PageRequest page) {
		PageResponse<IkmSummary> rows = ikm(where, page);
		Map<Long, Set<ProductCategory>> categories = categoriesOf(rows.content());
		return rows.map(r -> new CatalogueEntry(r.id(), r.name(), r.regencyCode(), r.provinceCode(), r.sentraId(),
				r.sentraName(), r.kind(), r.techniques(), categories.getOrDefault(r.id(), Set.of())));
	}

	private Where filters(IkmFilter filter, boolean searchPersonalFields) {
		Where where = new Where();
		where.eq("i.province_code", "province", filter.province());
		where.eq("i.regency_code", "regency", filter.regency());
		where.eq("i.sentra_id", "sentra", filter.sentra());
		where.eq("i.kind", "kind", name(filter.kind()));
		where.eq("i.status", "status", name(filter.status()));
		if (filter.technique() != null) {
			where.add("exists (select 1 from ikm_technique t where t.ikm_id = i.id and t.technique = :technique)",
					"technique", filter.technique().name());
		}
		if (filter.category() != null) {
			where.add("exists (select 1 from ikm_category c where c.ikm_id = i.id and c.category = :category)",
					"category", filter.category().name());
		}
		if (filter.dye() != null) {
			where.add("exists (select 1 from ikm_dye d where d.ikm_id = i.id and d.dye = :dye)", "dye", filter.dye().name());
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			where.add(searchPersonalFields
					? "(lower(i.name) like :q escape '\\' or lower(i.owner_name) like :q escape '\\' or i.nib like :q escape '\\')"
					: "lower(i.name) like :q escape '\\'", "q", like(filter.q()));
		}
		return where;
	}

	private PageResponse<IkmSummary> ikm(Where where, PageRequest page) {
		long total = jdbc.sql("select count(*) from ikm i" + where.sql()).params(where.params).query(Long.class).single();
		String order = IKM_SORTS.get(page.sortProperty()) + (page.ascending() ? " asc" : " desc") + ", i.id asc";
		List<IkmSummary> rows = jdbc.sql("""
				select i.id, i.nib, i.name, i.owner_name, i.regency_code, i.province_code, i.sentra_id, s.name as sentra_name,
				       i.kind, i.workers_male + i.workers_female as workers, i.size_class, i.status, i.verification
				from ikm i left join sentra s on s.id = i.sentra_id""" + where.sql() + " order by " + order
				+ " limit :limit offset :offset")
			.params(where.params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new IkmSummary(rs.getLong("id"), rs.getString("nib"), rs.getString("name"),
					rs.getString("owner_name"), rs.getString("regency_code"), rs.getString("province_code"),
					(Long) rs.getObject("sentra_id", Long.class), rs.getString("sentra_name"),
					IkmKind.valueOf(rs.getString("kind")), EnumSet.noneOf(Technique.class), rs.getInt("workers"),
					SizeClass.valueOf(rs.getString("size_class")), RecordStatus.valueOf(rs.getString("status")),
					Verification.valueOf(rs.getString("verification"))))
			.list();
		fillTechniques(rows);
		return PageResponse.of(rows, page, total);
	}

	/**
	 * The members of a sentra as the actor may see them: all of them for its officers and admins,
	 * otherwise only those in the public catalogue.
	 */
	public List<IkmSummary> members(Actor actor, Sentra sentra) {
		Where where = filters(new IkmFilter(null, null, sentra.id().value(), null, null, null, null, null, null), false);
		if (!(actor.isAdmin() || actor.isOfficerOf(sentra.provinceCode()))) {
			publicOnly(where);
		}
		return ikm(where, new PageRequest(0, PageRequest.MAX_SIZE * 10, "name", true)).content();
	}

	public PageResponse<SentraSummary> sentra(SentraFilter filter, PageRequest page) {
		Where where = new Where();
		where.eq("s.province_code", "province", filter.province());
		where.eq("s.regency_code", "regency", filter.regency());
		where.eq("s.revitalisation", "revitalisation", name(filter.revitalisation()));
		where.eq("s.status", "status", name(filter.status()));
		if (filter.q() != null && !filter.q().isBlank()) {
			where.add("(lower(s.name) like :q escape '\\' or lower(s.code) like :q escape '\\')", "q", like(filter.q()));
		}
		long total = jdbc.sql("select count(*) from sentra s" + where.sql()).params(where.params).query(Long.class).single();
		String order = SENTRA_SORTS.get(page.sortProperty()) + (page.ascending() ? " asc" : " desc") + ", s.id asc";
		List<SentraSummary> rows = jdbc.sql("""
				select s.id, s.code, s.name, s.regency_code, s.province_code, s.revitalisation, s.revitalisation_year, s.status,
				       (select count(*) from ikm i where i.sentra_id = s.id and i.status = 'ACTIVE') as members
				from sentra s""" + where.sql() + " order by " + order + " limit :limit offset :offset")
			.params(where.params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new SentraSummary(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					rs.getString("regency_code"), rs.getString("province_code"),
					Revitalisation.valueOf(rs.getString("revitalisation")),
					(Integer) rs.getObject("revitalisation_year", Integer.class), RecordStatus.valueOf(rs.getString("status")),
					rs.getInt("members")))
			.list();
		return PageResponse.of(rows, page, total);
	}

	/** Active sentra of a regency, for the sentra choice on an IKM form. */
	public List<SentraSummary> activeSentraIn(String regencyCode) {
		return sentra(new SentraFilter(null, regencyCode, null, RecordStatus.ACTIVE, null),
				new PageRequest(0, PageRequest.MAX_SIZE, "name", true)).content();
	}

	/** Number of active IKM members of a sentra. */
	public int activeMembers(SentraId sentra) {
		return jdbc.sql("select count(*) from ikm where sentra_id = :id and status = 'ACTIVE'")
			.param("id", sentra.value())
			.query(Integer.class)
			.single();
	}

	private Map<Long, Set<ProductCategory>> categoriesOf(List<IkmSummary> rows) {
		Map<Long, Set<ProductCategory>> byIkm = new HashMap<>();
		if (!rows.isEmpty()) {
			rows.forEach(row -> byIkm.put(row.id(), EnumSet.noneOf(ProductCategory.class)));
			jdbc.sql("select ikm_id, category from ikm_category where ikm_id in (:ids)")
				.param("ids", new ArrayList<>(byIkm.keySet()))
				.query((rs, n) -> byIkm.get(rs.getLong("ikm_id")).add(ProductCategory.valueOf(rs.getString("category"))))
				.list();
		}
		return byIkm;
	}

	private void fillTechniques(List<IkmSummary> rows) {
		if (rows.isEmpty()) {
			return;
		}
		Map<Long, Set<Technique>> byIkm = new HashMap<>();
		rows.forEach(row -> byIkm.put(row.id(), row.techniques()));
		jdbc.sql("select ikm_id, technique from ikm_technique where ikm_id in (:ids)")
			.param("ids", new ArrayList<>(byIkm.keySet()))
			.query((rs, n) -> byIkm.get(rs.getLong("ikm_id")).add(Technique.valueOf(rs.getString("technique"))))
			.list();
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	/** A case-insensitive "contains" pattern with the user's own % and _ taken literally. */
	private static String like(String q) {
		String escaped = q.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

	/** A WHERE clause built from optional conditions, each with its bound parameter. */
	private static final class Where {

		private final List<String> conditions = new ArrayList<>();
		private final Map<String, Object> params = new HashMap<>();

		void eq(String column, String param, Object value) {
			if (value != null && !(value instanceof String s && s.isBlank())) {
				add(column + " = :" + param, param, value);
			}
		}

		void add(String condition, String param, Object value) {
			conditions.add(condition);
			params.put(param, value);
		}

		String sql() {
			return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		}
	}
}
