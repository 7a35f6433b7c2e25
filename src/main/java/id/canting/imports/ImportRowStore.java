package id.canting.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The validated rows of a job and their errors: written in batches while reading, read back to commit. */
@Component
class ImportRowStore {

	/** A validated row: its outcome, the record it updates, its raw cells (JSON) and its input (JSON). */
	record StoredRow(int rowNumber, RowOutcome outcome, Long recordId, String recordKey, String rawValues,
			String input, String changes) {
	}

	private final JdbcClient jdbc;

	ImportRowStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void saveRows(long jobId, List<StoredRow> rows) {
		for (StoredRow row : rows) {
			jdbc.sql("""
					insert into import_row (job_id, row_number, outcome, record_id, record_key, raw_values, input, changes)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(jobId, row.rowNumber(), row.outcome().name(), row.recordId(),
						ImportJobStore.truncate(row.recordKey(), 100), row.rawValues(), row.input(),
						ImportJobStore.truncate(row.changes(), 2000))
				.update();
		}
	}

	void saveErrors(long jobId, int firstPosition, List<ImportError> errors) {
		int position = firstPosition;
		for (ImportError error : errors) {
			jdbc.sql("""
					insert into import_error (job_id, position, row_number, column_name, cell_value, message_key, message_args)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(jobId, position++, error.rowNumber(), ImportJobStore.truncate(error.column(), 100),
						ImportJobStore.truncate(error.value(), 500), error.messageKey(),
						ImportJobStore.truncate(String.join(ImportJobStore.SEPARATOR, error.arguments()), 1000))
				.update();
		}
	}

	List<ImportError> errors(long jobId, int offset, int limit) {
		return jdbc.sql("""
				select row_number, column_name, cell_value, message_key, message_args from import_error
				where job_id = ? order by position limit ? offset ?""")
			.params(jobId, limit, offset)
			.query((rs, n) -> new ImportError(rs.getInt("row_number"), rs.getString("column_name"),
					rs.getString("cell_value"), rs.getString("message_key"),
					ImportJobStore.split(rs.getString("message_args"))))
			.list();
	}

	long errorCount(long jobId) {
		return jdbc.sql("select count(*) from import_error where job_id = ?").param(jobId).query(Long.class).single();
	}

	/** Marks an earlier row invalid because a later row names the same record; returns its error. */
	ImportError invalidate(long jobId, int rowNumber, String keyColumn, int laterRow) {
		String key = jdbc.sql("select record_key from import_row where job_id = ? and row_number = ?")
			.params(jobId, rowNumber).query(String.class).single();
		jdbc.sql("update import_row set outcome = 'INVALID', input = null where job_id = ? and row_number = ?")
			.params(jobId, rowNumber).update();
		return new ImportError(rowNumber, keyColumn, key, "import.duplicate-key", List.of(String.valueOf(laterRow)));
	}

	/** Rows per outcome: new, updated, unchanged, invalid. */
	int[] counts(long jobId) {
		int[] counts = new int[4];
		jdbc.sql("select outcome, count(*) as n from import_row where job_id = ? group by outcome")
			.param(jobId)
			.query((rs, n) -> counts[RowOutcome.valueOf(rs.getString("outcome")).ordinal()] = rs.getInt("n"))
			.list();
		return counts;
	}

	/** Every stored row of the job with one of these outcomes, in file order. */
	void forEachRow(long jobId, List<RowOutcome> outcomes, Consumer<StoredRow> action) {
		List<String> names = new ArrayList<>(outcomes.stream().map(Enum::name).toList());
		jdbc.sql("""
				select row_number, outcome, record_id, record_key, raw_values, input, changes from import_row
				where job_id = :job and outcome in (:outcomes) order by row_number""")
			.param("job", jobId)
			.param("outcomes", names)
			.query((rs, n) -> new StoredRow(rs.getInt("row_number"), RowOutcome.valueOf(rs.getString("outcome")),
					(Long) rs.getObject("record_id", Long.class), rs.getString("record_key"), rs.getString("raw_values"),
					rs.getString("input"), rs.getString("changes")))
			.stream()
			.forEach(action);
	}
}
