package id.canting.imports;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.canting.shared.jdbc.PostgresCopy;

/**
 * The validated rows of a job and their errors: written in batches while reading (with COPY on
 * PostgreSQL, JDBC batches on H2), read back to commit.
 */
@Component
class ImportRowStore {

	/**
	 * A validated row: its outcome, the record it updates, its cells as typed (JSON, invalid rows only:
	 * the rejected-rows file is their one reader) and its input (JSON, valid rows only).
	 */
	record StoredRow(int rowNumber, RowOutcome outcome, Long recordId, String recordKey, String rawValues,
			String input, String changes) {
	}

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final JdbcClient streaming;
	private volatile Boolean postgres;

	ImportRowStore(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
		JdbcTemplate fetching = new JdbcTemplate(batch.getDataSource());
		fetching.setFetchSize(ImportRunner.BATCH);
		this.streaming = JdbcClient.create(fetching);
	}

	/** One JDBC batch per call: a million-row file is two thousand round trips, not a million. */
	void saveRows(long jobId, List<StoredRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		if (postgres()) {
			PostgresCopy.copy(batch, "import_row (job_id, row_number, outcome, record_id, record_key, raw_values, input, changes)",
					copy -> rows.forEach(row -> copy.add(jobId, row.rowNumber(), row.outcome().name(), row.recordId(),
							ImportJobStore.truncate(row.recordKey(), 100), row.rawValues(), row.input(),
							ImportJobStore.truncate(row.changes(), 2000))));
			return;
		}
		List<Object[]> values = new ArrayList<>(rows.size());
		for (StoredRow row : rows) {
			values.add(new Object[] { jobId, row.rowNumber(), row.outcome().name(), row.recordId(),
					ImportJobStore.truncate(row.recordKey(), 100), row.rawValues(), row.input(),
					ImportJobStore.truncate(row.changes(), 2000) });
		}
		batch.batchUpdate("""
				insert into import_row (job_id, row_number, outcome, record_id, record_key, raw_values, input, changes)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", values,
				new int[] { Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
						Types.VARCHAR, Types.VARCHAR });
	}

	/** The cells as typed of rows stored without them (valid when read, invalid since), by row number. */
	void saveRawValues(long jobId, Map<Integer, String> rawByRow) {
		List<Object[]> values = new ArrayList<>(rawByRow.size());
		rawByRow.forEach((row, raw) -> values.add(new Object[] { raw, jobId, row }));
		batch.batchUpdate("update import_row set raw_values = ? where job_id = ? and row_number = ?", values,
				new int[] { Types.VARCHAR, Types.BIGINT, Types.INTEGER });
	}

	void saveErrors(long jobId, int firstPosition, List<ImportError> errors) {
		if (errors.isEmpty()) {
			return;
		}
		if (postgres()) {
			int[] position = { firstPosition };
			PostgresCopy.copy(batch, "import_error (job_id, position, row_number, column_name, cell_value, message_key, message_args)",
					copy -> errors.forEach(error -> copy.add(jobId, position[0]++, error.rowNumber(),
							ImportJobStore.truncate(error.column(), 100), ImportJobStore.truncate(error.value(), 500),
							error.messageKey(),
							ImportJobStore.truncate(String.join(ImportJobStore.SEPARATOR, error.arguments()), 1000))));
			return;
		}
		List<Object[]> values = new ArrayList<>(errors.size());
		int position = firstPosition;
		for (ImportError error : errors) {
			values.add(new Object[] { jobId, position++, error.rowNumber(), ImportJobStore.truncate(error.column(), 100),
					ImportJobStore.truncate(error.value(), 500), error.messageKey(),
					ImportJobStore.truncate(String.join(ImportJobStore.SEPARATOR, error.arguments()), 1000) });
		}
		batch.batchUpdate("""
				insert into import_error (job_id, position, row_number, column_name, cell_value, message_key, message_args)
				values (?, ?, ?, ?, ?, ?, ?)""", values,
				new int[] { Types.BIGINT, Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
						Types.VARCHAR });
	}

	private boolean postgres() {
		if (postgres == null) {
			postgres = PostgresCopy.isPostgres(batch);
		}
		return postgres;
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

	/**
	 * Marks invalid every row whose record (NIB, sentra code) another valid row of the same file also
	 * names, and returns their errors: a later row points to the first, the first to the second.
	 * Found with one query after all rows are stored, so the check needs no memory per row.
	 */
	List<ImportError> invalidateDuplicates(long jobId, String keyColumn) {
		List<ImportError> errors = new ArrayList<>();
		List<Integer> rowNumbers = new ArrayList<>();
		String[] group = { null };
		int[] first = { 0, 0 };
		jdbc.sql("""
				select record_key, row_number from import_row
				where job_id = :job and outcome <> 'INVALID' and record_key in (
				    select record_key from import_row
				    where job_id = :job and outcome <> 'INVALID' and record_key is not null
				    group by record_key having count(*) > 1)
				order by record_key, row_number""")
			.param("job", jobId)
			.query((rs, n) -> {
				String key = rs.getString("record_key");
				int row = rs.getInt("row_number");
				if (!key.equals(group[0])) {
					group[0] = key;
					first[0] = row;
					first[1] = 0;
				}
				else {
					if (first[1] == 0) {
						first[1] = row;
						errors.add(new ImportError(first[0], keyColumn, key, "import.duplicate-key", List.of(String.valueOf(row))));
					}
					errors.add(new ImportError(row, keyColumn, key, "import.duplicate-key", List.of(String.valueOf(first[0]))));
				}
				rowNumbers.add(row);
				return null;
			})
			.list();
		for (int from = 0; from < rowNumbers.size(); from += 500) {
			jdbc.sql("update import_row set outcome = 'INVALID', input = null where job_id = :job and row_number in (:rows)")
				.param("job", jobId)
				.param("rows", rowNumbers.subList(from, Math.min(rowNumbers.size(), from + 500)))
				.update();
		}
		return errors;
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
		// streamed with a fetch size: PostgreSQL would otherwise load every row of the job at once
		streaming.sql("""
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
