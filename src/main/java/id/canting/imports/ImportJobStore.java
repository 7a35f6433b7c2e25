package id.canting.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The import tables, read and written with plain SQL. */
@Component
class ImportJobStore {

	static final String SEPARATOR = "\u001f";

	private final JdbcClient jdbc;
	private final Clock clock;

	ImportJobStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	long create(ImportKind kind, String fileName, String createdBy, String language) {
		var keys = new GeneratedKeyHolder();
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("""
				insert into import_job (kind, status, phase, file_name, created_by, language, rows_total, rows_read,
				  count_new, count_updated, count_unchanged, count_invalid, count_committed, created_at, updated_at)
				values (?, 'QUEUED', 'QUEUED', ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, ?, ?)""")
			.params(kind.name(), truncate(fileName, 200), createdBy, language, now, now)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	Optional<ImportJob> find(long id) {
		return jdbc.sql("select * from import_job where id = ?").param(id).query(this::job).optional();
	}

	List<ImportJob> recent(String createdBy, boolean all) {
		return jdbc.sql("select * from import_job" + (all ? "" : " where created_by = :user")
				+ " order by created_at desc, id desc limit 50")
			.params(all ? java.util.Map.of() : java.util.Map.of("user", createdBy))
			.query(this::job)
			.list();
	}

	String language(long id) {
		return jdbc.sql("select language from import_job where id = ?").param(id).query(String.class).single();
	}

	void progress(long id, String phase, int rowsRead, int rowsTotal) {
		jdbc.sql("update import_job set phase = ?, rows_read = ?, rows_total = ?, updated_at = ? where id = ?")
			.params(phase, rowsRead, rowsTotal, Timestamp.from(clock.instant()), id)
			.update();
	}

	void format(long id, String format) {
		jdbc.sql("update import_job set file_format = ? where id = ?").params(format, id).update();
	}

	void sheet(long id, String sheetName) {
		jdbc.sql("update import_job set sheet_name = ? where id = ?").params(truncate(sheetName, 100), id).update();
	}

	/** Moves a QUEUED job to VALIDATING; false when it is no longer queued (failed meanwhile). */
	boolean startValidating(long id) {
		return jdbc.sql("""
				update import_job set status = 'VALIDATING', phase = 'VALIDATING', updated_at = ?
				where id = ? and status = 'QUEUED'""")
			.params(Timestamp.from(clock.instant()), id)
			.update() == 1;
	}

	/** How many queued jobs (of every node) were uploaded before this one and still wait. */
	int queuedBefore(long id) {
		return jdbc.sql("select count(*) from import_job where status = 'QUEUED' and id < ?").param(id)
			.query(Integer.class).single();
	}

	void touch(java.util.Collection<Long> ids) {
		jdbc.sql("update import_job set updated_at = :now where id in (:ids) and status = 'QUEUED'")
			.param("now", Timestamp.from(clock.instant()))
			.param("ids", ids)
			.update();
	}

	void ready(long id, int[] counts) {
		jdbc.sql("""
				update import_job set status = 'READY', phase = 'READY', count_new = ?, count_updated = ?,
				  count_unchanged = ?, count_invalid = ?, updated_at = ? where id = ?""")
			.params(counts[0], counts[1], counts[2], counts[3], Timestamp.from(clock.instant()), id)
			.update();
	}

	/** Moves READY to COMMITTING; false when another request got there first. */
	boolean startCommit(long id, CommitMode mode) {
		return jdbc.sql("""
				update import_job set status = 'COMMITTING', phase = 'COMMITTING', commit_mode = ?, rows_read = 0,
				  updated_at = ? where id = ? and status = 'READY'""")
			.params(mode.name(), Timestamp.from(clock.instant()), id)
			.update() == 1;
	}

	void done(long id, int committed) {
		jdbc.sql("update import_job set status = 'DONE', phase = 'DONE', count_committed = ?, updated_at = ? where id = ?")
			.params(committed, Timestamp.from(clock.instant()), id)
			.update();
	}

	void fail(long id, String key, List<String> args) {
		jdbc.sql("update import_job set status = 'FAILED', phase = 'FAILED', failure_key = ?, failure_args = ?, updated_at = ? where id = ?")
			.params(key, truncate(String.join(SEPARATOR, args), 1000), Timestamp.from(clock.instant()), id)
			.update();
	}

	/** Running jobs without progress for this long: their application stopped (a commit is one transaction). */
	int failAbandoned(java.time.Duration silence) {
		return jdbc.sql("""
				update import_job set status = 'FAILED', phase = 'FAILED', failure_key = 'import.failed.interrupted',
				  failure_args = null, updated_at = ? where status in ('QUEUED', 'VALIDATING', 'COMMITTING') and updated_at < ?""")
			.params(Timestamp.from(clock.instant()), Timestamp.from(clock.instant().minus(silence)))
			.update();
	}

	private ImportJob job(ResultSet rs, int row) throws SQLException {
		String mode = rs.getString("commit_mode");
		return new ImportJob(rs.getLong("id"), ImportKind.valueOf(rs.getString("kind")),
				ImportStatus.valueOf(rs.getString("status")), rs.getString("phase"), rs.getString("file_name"),
				rs.getString("file_format"), rs.getString("created_by"), rs.getInt("rows_total"), rs.getInt("rows_read"),
				rs.getInt("count_new"), rs.getInt("count_updated"), rs.getInt("count_unchanged"),
				rs.getInt("count_invalid"), rs.getInt("count_committed"), mode == null ? null : CommitMode.valueOf(mode),
				rs.getString("failure_key"), rs.getString("failure_args"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), rs.getString("sheet_name"));
	}

	static List<String> split(String joined) {
		return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR, -1));
	}

	static String truncate(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length);
	}
}
