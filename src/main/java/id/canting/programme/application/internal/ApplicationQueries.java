package id.canting.programme.application.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.programme.application.ApplicationStatus;
import id.canting.programme.catalogue.ProgrammeTarget;
import id.canting.programme.catalogue.ProgrammeType;
import id.canting.registry.IkmId;
import id.canting.registry.SentraId;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;
import id.canting.shared.Role;

/**
 * Lists of applications: the work queues (an officer sees the province's, an owner the own IKM's,
 * ministry staff all) and the programme history of one IKM or sentra, which shows everyone its
 * benefits and, to those who may see them, its other applications too.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationQueries {

	/** The sort properties lists accept, mapped to their columns. */
	public static final Map<String, String> SORTS = Map.of("updated", "a.updated_at", "submitted", "a.submitted_at",
			"applicant", "a.applicant_name", "programme", "p.code", "status", "a.status", "requested", "a.requested_idr");

	private static final String FROM = " from programme_application a join programme p on p.id = a.programme_id";
	private static final String COLUMNS = """
			select a.id, p.code, p.name, p.type, p.programme_year, a.applicant_type, a.ikm_id, a.sentra_id,
			 a.applicant_name, a.province_code, a.status, a.requested_idr, a.approved_idr, a.realised_idr,
			 a.submitted_at, a.updated_at""";
	private static final String BENEFIT = "a.status in ('APPROVED', 'REALISED', 'CLOSED')";

	private final JdbcClient jdbc;

	ApplicationQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The applications the caller may see, narrowed by the filter. */
	public PageResponse<ApplicationSummary> applications(Actor actor, ApplicationFilter filter, PageRequest page) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder(" where ").append(scope(actor, params));
		narrow(filter, where, params);
		long total = jdbc.sql("select count(*)" + FROM + where).params(params).query(Long.class).single();
		String order = SORTS.getOrDefault(page.sortProperty(), "a.updated_at") + (page.ascending() ? " asc" : " desc");
		params.put("size", page.size());
		params.put("offset", page.offset());
		List<ApplicationSummary> content = jdbc
			.sql(COLUMNS + FROM + where + " order by " + order + ", a.id desc limit :size offset :offset")
			.params(params)
			.query(ApplicationQueries::summary)
			.list();
		return PageResponse.of(content, page, total);
	}

	/** Every application the caller may see with these ids (for a batch), in no particular order. */
	public List<ApplicationSummary> withIds(Actor actor, Set<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>();
		params.put("ids", ids);
		return jdbc.sql(COLUMNS + FROM + " where a.id in (:ids) and " + scope(actor, params))
			.params(params)
			.query(ApplicationQueries::summary)
			.list();
	}

	/** The programme history of an IKM: its benefits for everyone, all its applications for those who may see them. */
	public List<ApplicationSummary> historyOfIkm(Actor actor, IkmId ikmId) {
		return history(actor, "a.ikm_id", ikmId.value());
	}

	/** The programme history of a sentra, as {@link #historyOfIkm} for an IKM. */
	public List<ApplicationSummary> historyOfSentra(Actor actor, SentraId sentraId) {
		return history(actor, "a.sentra_id", sentraId.value());
	}

	private List<ApplicationSummary> history(Actor actor, String column, long id) {
		Map<String, Object> params = new HashMap<>();
		params.put("applicant", id);
		String visible = mayList(actor) ? "(" + BENEFIT + " or " + scope(actor, params) + ")" : BENEFIT;
		return jdbc.sql(COLUMNS + FROM + " where " + column + " = :applicant and " + visible
				+ " order by p.programme_year desc, a.updated_at desc")
			.params(params)
			.query(ApplicationQueries::summary)
			.list();
	}

	private static boolean mayList(Actor actor) {
		return actor.isAdmin() || actor.provinceCode() != null && actor.role() == Role.OFFICER
				|| !actor.ikmIds().isEmpty();
	}

	/** The rows the caller may see, as SQL; a caller with no applications to see gets 403. */
	private static String scope(Actor actor, Map<String, Object> params) {
		if (actor.isAdmin()) {
			return "1 = 1";
		}
		if (actor.role() == Role.OFFICER && actor.provinceCode() != null) {
			params.put("scopeProvince", actor.provinceCode());
			return "a.province_code = :scopeProvince";
		}
		if (actor.role() == Role.IKM_OWNER && !actor.ikmIds().isEmpty()) {
			params.put("scopeIkms", actor.ikmIds());
			return "a.ikm_id in (:scopeIkms)";
		}
		throw new ForbiddenException("programme.application.forbidden.list");
	}

	private static void narrow(ApplicationFilter f, StringBuilder where, Map<String, Object> params) {
		add(where, params, "p.code = :programme", "programme", f.programmeCode());
		add(where, params, "a.status = :status", "status", f.status() == null ? null : f.status().name());
		add(where, params, "a.province_code = :province", "province", f.province());
		add(where, params, "a.ikm_id = :ikm", "ikm", f.ikmId());
		add(where, params, "a.sentra_id = :sentra", "sentra", f.sentraId());
		add(where, params, "p.programme_year = :year", "year", f.year());
		add(where, params, "p.type = :type", "type", f.type() == null ? null : f.type().name());
	}

	private static void add(StringBuilder where, Map<String, Object> params, String condition, String name, Object value) {
		if (value != null) {
			where.append(" and ").append(condition);
			params.put(name, value);
		}
	}

	private static ApplicationSummary summary(ResultSet rs, int row) throws SQLException {
		return new ApplicationSummary(rs.getLong(1), rs.getString(2), rs.getString(3),
				ProgrammeType.valueOf(rs.getString(4)), rs.getInt(5), ProgrammeTarget.valueOf(rs.getString(6)),
				rs.getObject(7, Long.class), rs.getObject(8, Long.class), rs.getString(9), rs.getString(10),
				ApplicationStatus.valueOf(rs.getString(11)), rs.getLong(12), rs.getObject(13, Long.class),
				rs.getObject(14, Long.class), instant(rs.getTimestamp(15)), instant(rs.getTimestamp(16)));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
