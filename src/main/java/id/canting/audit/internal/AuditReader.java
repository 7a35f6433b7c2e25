package id.canting.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.canting.audit.AuditEntry;
import id.canting.audit.AuditQuery;
import id.canting.shared.FieldChange;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;

/**
 * Reads the audit tables with plain SQL (selects only: the trail is append-only). Filter values are
 * always bound as parameters; the only sort is by time. The indexes of V5 serve each filter.
 */
@Component
public class AuditReader {

	/** Days in a date range are days in Western Indonesian Time, as pages show moments (see Dates). */
	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	private final JdbcClient jdbc;

	AuditReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The page of entries matching the query within the scope, each with its changes. */
	public PageResponse<AuditEntry> find(AuditQuery query, ReadScope scope, PageRequest page) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		condition(where, params, "entity_type = :entityType", "entityType", query.entityType());
		condition(where, params, "entity_id = :entityId", "entityId", query.entityId());
		condition(where, params, "actor = :actor", "actor", query.actor());
		condition(where, params, "occurred_at >= :from", "from", startOf(query.from()));
		condition(where, params, "occurred_at < :until", "until", startOf(query.to() == null ? null : query.to().plusDays(1)));
		switch (scope.kind()) {
			case EVERYTHING -> { }
			case PROVINCE -> condition(where, params, "province_code = :scopeProvince", "scopeProvince", scope.provinceCode());
			case OWN_IKM -> {
				if (scope.ikmIds().isEmpty()) {
					where.add("1 = 0");
				}
				else {
					condition(where, params, "entity_type = 'ikm' and entity_id in (:scopeIkm)", "scopeIkm", scope.ikmIds());
				}
			}
		}
		String sql = where.isEmpty() ? "" : " where " + String.join(" and ", where);
		long total = jdbc.sql("select count(*) from audit_entry" + sql).params(params).query(Long.class).single();
		String direction = page.ascending() ? " asc" : " desc";
		List<AuditEntry> rows = jdbc.sql("""
				select id, occurred_at, actor, action, entity_type, entity_id, province_code, client_address, summary
				from audit_entry""" + sql + " order by occurred_at" + direction + ", id" + direction
				+ " limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(AuditReader::entry)
			.list();
		return PageResponse.of(withChanges(rows), page, total);
	}

	/** Whether the record has any entry, in the given province or (province {@code null}) at all. */
	public boolean exists(String entityType, String entityId, String provinceCode) {
		return jdbc.sql("select count(*) from audit_entry where entity_type = :type and entity_id = :id"
				+ (provinceCode == null ? "" : " and province_code = :province"))
			.param("type", entityType)
			.param("id", entityId)
			.params(provinceCode == null ? Map.of() : Map.of("province", provinceCode))
			.query(Long.class)
			.single() > 0;
	}

	private List<AuditEntry> withChanges(List<AuditEntry> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, List<FieldChange>> changes = new LinkedHashMap<>();
		jdbc.sql("""
				select entry_id, field, old_value, new_value from audit_change
				where entry_id in (:ids) order by entry_id, position""")
			.param("ids", rows.stream().map(AuditEntry::id).toList())
			.query(rs -> {
				changes.computeIfAbsent(rs.getLong("entry_id"), id -> new ArrayList<>())
					.add(new FieldChange(rs.getString("field"), rs.getString("old_value"), rs.getString("new_value")));
			});
		return rows.stream()
			.map(e -> new AuditEntry(e.id(), e.occurredAt(), e.actor(), e.action(), e.entityType(), e.entityId(),
					e.provinceCode(), e.clientAddress(), e.summary(), changes.getOrDefault(e.id(), List.of())))
			.toList();
	}

	private static AuditEntry entry(ResultSet rs, int n) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
				rs.getString("province_code"), rs.getString("client_address"), rs.getString("summary"), List.of());
	}

	private static void condition(List<String> where, Map<String, Object> params, String sql, String name, Object value) {
		if (value != null) {
			where.add(sql);
			params.put(name, value);
		}
	}

	private static Timestamp startOf(LocalDate day) {
		return day == null ? null : Timestamp.from(day.atStartOfDay(WIB).toInstant());
	}
}
