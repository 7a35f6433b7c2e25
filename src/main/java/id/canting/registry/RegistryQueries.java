package id.canting.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.registry.internal.RegistryWhere;
import id.canting.registry.internal.SqlWhere;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;

/**
 * Lists of IKM, filtered and paged, read with plain SQL: the registry with personal fields within an
 * actor's scope, and the public catalogue without them. Sort properties come from a fixed list.
 */
@Service
@Transactional(readOnly = true)
public class RegistryQueries {

	/** Properties an IKM list may be sorted by, mapped to SQL. */
	public static final Map<String, String> IKM_SORTS = Map.of("name", "i.name", "nib", "i.nib", "workers",
			"(i.workers_male + i.workers_female)", "regency", "i.regency_code", "updatedAt", "i.updated_at");

	/**
	 * Properties the public catalogue may be sorted by: only what it shows. Never NIB, workers or a
	 * personal field, whose order would tell what the catalogue hides.
	 */
	public static final Map<String, String> CATALOGUE_SORTS = Map.of("name", "i.name", "regency", "i.regency_code");

	private final JdbcClient jdbc;

	RegistryQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * IKM with their personal fields, within the actor's scope: an officer sees their province, an
	 * owner their own IKM, an admin everything; others are refused.
	 */
	public PageResponse<IkmSummary> ikm(Actor actor, IkmFilter filter, PageRequest page) {
		return ikm(RegistryWhere.ikmInScope(actor, filter), page);
	}

	/**
	 * The public catalogue: active, verified IKM with no personal fields. Only the public filters apply
	 * (place, sentra, technique, category, dye, kind, and {@code q} on names only, so a search cannot
	 * reveal who owns what); the others of {@link IkmFilter} (owner gender, size class, status) are
	 * ignored.
	 *
	 * @throws InvalidInputException naming {@code sort} when sorted by anything but {@link #CATALOGUE_SORTS}
	 */
	public PageResponse<CatalogueEntry> catalogue(IkmFilter filter, PageRequest page) {
		if (!CATALOGUE_SORTS.containsKey(page.sortProperty())) {
			throw new InvalidInputException(List.of(FieldViolation.of("sort", "validation.sort.unknown",
					String.join(", ", CATALOGUE_SORTS.keySet()))));
		}
		IkmFilter publicFilter = new IkmFilter(filter.province(), filter.regency(), filter.sentra(), filter.technique(),
				filter.category(), filter.dye(), filter.kind(), null, filter.q());
		return catalogue(RegistryWhere.publicOnly(RegistryWhere.ikm(publicFilter, false)), page);
	}

	/**
	 * The standing of each of these IKM (those that exist), so that another module can list only the
	 * public ones to the public, or show staff where each stands.
	 */
	public Map<IkmId, IkmStanding> standings(Collection<IkmId> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<IkmId, IkmStanding> standings = new HashMap<>();
		jdbc.sql("select id, status, verification from ikm where id in (:ids)")
			.param("ids", ids.stream().map(IkmId::value).distinct().toList())
			.query((rs, n) -> new IkmStanding(new IkmId(rs.getLong("id")), RecordStatus.valueOf(rs.getString("status")),
					Verification.valueOf(rs.getString("verification"))))
			.list()
			.forEach(standing -> standings.put(standing.id(), standing));
		return standings;
	}

	/**
	 * The names of these IKM (those that exist), in name order, for pages that name an IKM and link to it
	 * where they would otherwise show its number (an owner's account on the users page).
	 */
	public Map<IkmId, String> names(Collection<IkmId> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<IkmId, String> names = new LinkedHashMap<>();
		jdbc.sql("select id, name from ikm where id in (:ids) order by name, id")
			.param("ids", ids.stream().map(IkmId::value).distinct().toList())
			.query((rs, n) -> Map.entry(new IkmId(rs.getLong("id")), rs.getString("name")))
			.list()
			.forEach(name -> names.put(name.getKey(), name.getValue()));
		return names;
	}

	/**
	 * The producer facts of every IKM in the registry (all statuses), in three queries whatever their
	 * number, for modules that judge thousands of IKM at once (order allocation's eligibility).
	 */
	public List<ProducerFacts> producerFacts() {
		return producerFacts(null);
	}

	/** The producer facts of these IKM (those that exist). */
	public List<ProducerFacts> producerFacts(Collection<IkmId> ids) {
		if (ids != null && ids.isEmpty()) {
			return List.of();
		}
		String where = ids == null ? "" : " where i.id in (:ids)";
		String reportWhere = ids == null ? "" : " and r.ikm_id in (:ids)";
		List<Long> idValues = ids == null ? List.of() : ids.stream().map(IkmId::value).distinct().toList();
		Map<Long, Set<Technique>> techniques = new HashMap<>();
		var techniqueQuery = jdbc.sql("select i.ikm_id as id, i.technique from ikm_technique i"
				+ (ids == null ? "" : " where i.ikm_id in (:ids)"));
		(ids == null ? techniqueQuery : techniqueQuery.param("ids", idValues))
			.query((rs, n) -> techniques.computeIfAbsent(rs.getLong("id"), k -> EnumSet.noneOf(Technique.class))
				.add(Technique.valueOf(rs.getString("technique"))))
			.list();
		// the latest accepted report per IKM: rows in semester order, the last one wins
		Map<Long, Object[]> reports = new HashMap<>();
		var reportQuery = jdbc.sql("select r.ikm_id, r.semester, r.installed_capacity from semester_report r"
				+ " where r.status = 'ACCEPTED'" + reportWhere + " order by r.ikm_id, r.semester");
		(ids == null ? reportQuery : reportQuery.param("ids", idValues))
			.query((rs, n) -> reports.put(rs.getLong("ikm_id"),
					new Object[] { rs.getString("semester"), rs.getLong("installed_capacity") }))
			.list();
		var ikmQuery = jdbc.sql("""
				select i.id, i.name, i.province_code, i.nib, i.status, i.verification, i.capacity_per_month,
				       i.owner_gender, i.size_class, i.kind
				from ikm i""" + where + " order by i.id");
		return (ids == null ? ikmQuery : ikmQuery.param("ids", idValues)).query((rs, n) -> {
			long id = rs.getLong("id");
			Object[] report = reports.get(id);
			String nib = rs.getString("nib");
			return new ProducerFacts(new IkmId(id), rs.getString("name"), rs.getString("province_code"),
					nib != null && !nib.isBlank(), RecordStatus.valueOf(rs.getString("status")),
					Verification.valueOf(rs.getString("verification")),
					techniques.getOrDefault(id, EnumSet.noneOf(Technique.class)),
					(Integer) rs.getObject("capacity_per_month", Integer.class),
					report == null ? null : (Long) report[1], report == null ? null : (String) report[0],
					Gender.valueOf(rs.getString("owner_gender")), SizeClass.valueOf(rs.getString("size_class")),
					IkmKind.valueOf(rs.getString("kind")));
		}).list();
	}

	/** One catalogue entry, or not found when the IKM is not (or no longer) public. */
	public CatalogueEntry catalogueEntry(IkmId id) {
		SqlWhere where = RegistryWhere.publicOnly(new SqlWhere());
		where.eq("i.id", "id", id.value());
		return catalogue(where, new PageRequest(0, 1, "name", true)).content().stream().findFirst()
			.orElseThrow(() -> new IkmNotFoundException(id));
	}

	private PageResponse<CatalogueEntry> catalogue(SqlWhere where, PageRequest page) {
		PageResponse<IkmSummary> rows = ikm(where, page);
		Map<Long, Set<ProductCategory>> categories = categoriesOf(rows.content());
		return rows.map(r -> new CatalogueEntry(r.id(), r.name(), r.regencyCode(), r.provinceCode(), r.sentraId(),
				r.sentraName(), r.kind(), r.techniques(), categories.getOrDefault(r.id(), Set.of())));
	}

	private PageResponse<IkmSummary> ikm(SqlWhere where, PageRequest page) {
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
		SqlWhere where = RegistryWhere.ikm(new IkmFilter(null, null, sentra.id().value(), null, null, null, null, null, null), false);
		if (!(actor.isAdmin() || actor.isOfficerOf(sentra.provinceCode()))) {
			RegistryWhere.publicOnly(where);
		}
		return ikm(where, new PageRequest(0, PageRequest.MAX_SIZE * 10, "name", true)).content();
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
}
