package id.canting.registry;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.registry.internal.RegistryWhere;
import id.canting.registry.internal.SqlWhere;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;

/** Lists of sentra with their number of active members, filtered and paged, read with plain SQL. */
@Service
@Transactional(readOnly = true)
public class SentraQueries {

	/** Properties a sentra list may be sorted by, mapped to SQL. */
	public static final Map<String, String> SORTS = Map.of("name", "s.name", "code", "s.code", "regency",
			"s.regency_code", "members", "members", "updatedAt", "s.updated_at");

	private final JdbcClient jdbc;

	SentraQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public PageResponse<SentraSummary> sentra(SentraFilter filter, PageRequest page) {
		SqlWhere where = RegistryWhere.sentra(filter);
		long total = jdbc.sql("select count(*) from sentra s" + where.sql()).params(where.params).query(Long.class).single();
		String order = SORTS.get(page.sortProperty()) + (page.ascending() ? " asc" : " desc") + ", s.id asc";
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
}
