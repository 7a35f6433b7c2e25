package id.canting.registry.internal;

import java.util.List;

import id.canting.registry.IkmFilter;
import id.canting.registry.RecordStatus;
import id.canting.registry.SentraFilter;
import id.canting.registry.Verification;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;
import id.canting.shared.Role;

/**
 * The WHERE clauses of the registry's lists, in one place so that a list, its export and its count
 * can never disagree on which rows a filter or an actor's scope selects.
 */
public final class RegistryWhere {

	private RegistryWhere() {
	}

	/**
	 * The filters of an IKM list within the actor's scope: an officer sees their province (asking for
	 * another is refused, not silently emptied), an owner their own IKM, an admin everything; others are
	 * refused.
	 */
	public static SqlWhere ikmInScope(Actor actor, IkmFilter filter) {
		RegistryAccess.requireRegistryList(actor);
		SqlWhere where = ikm(filter, true);
		if (actor.role() == Role.OFFICER) {
			if (filter.province() != null && !filter.province().equals(actor.provinceCode())) {
				throw new ForbiddenException("registry.forbidden.province", filter.province());
			}
			where.eq("i.province_code", "scopeProvince", actor.provinceCode());
		}
		else if (actor.role() == Role.IKM_OWNER) {
			where.add("i.id in (:scopeIkm)", "scopeIkm", actor.ikmIds().isEmpty() ? List.of(-1L) : List.copyOf(actor.ikmIds()));
		}
		return where;
	}

	/** The filters of an IKM list; {@code q} searches owner and NIB only where personal fields may be seen. */
	public static SqlWhere ikm(IkmFilter filter, boolean searchPersonalFields) {
		SqlWhere where = new SqlWhere();
		where.eq("i.province_code", "province", filter.province());
		where.eq("i.regency_code", "regency", filter.regency());
		where.eq("i.sentra_id", "sentra", filter.sentra());
		where.eq("i.kind", "kind", SqlWhere.name(filter.kind()));
		where.eq("i.status", "status", SqlWhere.name(filter.status()));
		where.eq("i.size_class", "sizeClass", SqlWhere.name(filter.sizeClass()));
		where.eq("i.owner_gender", "ownerGender", SqlWhere.name(filter.ownerGender()));
		where.eq("i.verification", "verification", SqlWhere.name(filter.verification()));
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
					: "lower(i.name) like :q escape '\\'", "q", SqlWhere.like(filter.q()));
		}
		return where;
	}

	/** Only what the public catalogue shows: active, verified IKM. */
	public static SqlWhere publicOnly(SqlWhere where) {
		where.eq("i.status", "publicStatus", RecordStatus.ACTIVE.name());
		where.eq("i.verification", "publicVerification", Verification.VERIFIED.name());
		return where;
	}

	/** The filters of a sentra list (sentra are public, so there is no scope). */
	public static SqlWhere sentra(SentraFilter filter) {
		SqlWhere where = new SqlWhere();
		where.eq("s.province_code", "province", filter.province());
		where.eq("s.regency_code", "regency", filter.regency());
		where.eq("s.revitalisation", "revitalisation", SqlWhere.name(filter.revitalisation()));
		where.eq("s.status", "status", SqlWhere.name(filter.status()));
		if (filter.q() != null && !filter.q().isBlank()) {
			where.add("(lower(s.name) like :q escape '\\' or lower(s.code) like :q escape '\\')", "q", SqlWhere.like(filter.q()));
		}
		return where;
	}
}
