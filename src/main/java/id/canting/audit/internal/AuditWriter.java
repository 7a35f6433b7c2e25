package id.canting.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import id.canting.shared.FieldChange;
import id.canting.shared.jdbc.PostgresCopy;

/**
 * Appends entries to the audit trail. Inserts only: there is no method to change or remove an entry.
 * Runs in the caller's transaction, so an entry stands or falls with the change it records.
 */
@Component
class AuditWriter {

	static final int VALUE_LENGTH = 2000;

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final Clock clock;
	private volatile Boolean postgres;

	AuditWriter(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.clock = clock;
	}

	void append(NewEntry entry) {
		KeyHolder key = new GeneratedKeyHolder();
		// Every value is cut to its column: an over-long typed username must never make a login,
		// or the change being recorded, fail because its audit row did not fit.
		jdbc.sql("""
				insert into audit_entry (occurred_at, actor, action, entity_type, entity_id, province_code,
				                         client_address, summary)
				values (:occurredAt, :actor, :action, :entityType, :entityId, :provinceCode, :clientAddress, :summary)""")
			.param("occurredAt", Timestamp.from(clock.instant()))
			.param("actor", cut(entry.actor(), 100))
			.param("action", entry.action())
			.param("entityType", entry.entityType())
			.param("entityId", cut(entry.entityId(), 100))
			.param("provinceCode", cut(entry.provinceCode(), 2))
			.param("clientAddress", cut(entry.clientAddress(), 64))
			.param("summary", cut(entry.summary(), 300))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		List<FieldChange> changes = entry.changes();
		for (int position = 0; position < changes.size(); position++) {
			FieldChange change = changes.get(position);
			jdbc.sql("""
					insert into audit_change (entry_id, position, field, old_value, new_value)
					values (:entryId, :position, :field, :oldValue, :newValue)""")
				.param("entryId", id)
				.param("position", position)
				.param("field", cut(change.field(), 60))
				.param("oldValue", cut(change.oldValue(), VALUE_LENGTH))
				.param("newValue", cut(change.newValue(), VALUE_LENGTH))
				.update();
		}
	}

	/**
	 * Appends many entries without field changes (e.g. the IKM of a bulk import) as one JDBC batch;
	 * the same columns, cut the same way, as {@link #append}. On PostgreSQL with COPY: a million-row
	 * import writes a million entries, one per IKM, so each IKM's history still shows its creation.
	 */
	void appendAll(List<NewEntry> entries) {
		Timestamp now = Timestamp.from(clock.instant());
		List<Object[]> rows = new ArrayList<>(entries.size());
		for (NewEntry entry : entries) {
			if (!entry.changes().isEmpty()) {
				throw new IllegalArgumentException("appendAll takes entries without field changes");
			}
			rows.add(new Object[] { now, cut(entry.actor(), 100), entry.action(), entry.entityType(),
					cut(entry.entityId(), 100), cut(entry.provinceCode(), 2), cut(entry.clientAddress(), 64),
					cut(entry.summary(), 300) });
		}
		if (postgres == null) {
			postgres = PostgresCopy.isPostgres(batch);
		}
		if (postgres) {
			PostgresCopy.copy(batch, "audit_entry (occurred_at, actor, action, entity_type, entity_id, province_code,"
					+ " client_address, summary)", copy -> rows.forEach(copy::add));
			return;
		}
		batch.batchUpdate("""
				insert into audit_entry (occurred_at, actor, action, entity_type, entity_id, province_code,
				                         client_address, summary)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	/** At most {@code max} characters, never splitting a surrogate pair. */
	static String cut(String value, int max) {
		if (value == null || value.length() <= max) {
			return value;
		}
		int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
		return value.substring(0, end);
	}
}
