package id.canting.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.canting.imports.ImportRowStore.StoredRow;
import id.canting.imports.internal.SpreadsheetFile;
import id.canting.imports.internal.SpreadsheetFile.UnreadableFileException;
import id.canting.shared.Actor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates an uploaded file in the background: reads it row by row, checks each row with the
 * registry's rules, stores every row with its outcome and every error, and reports progress. Nothing
 * is written to the registry here; that is the commit's job.
 */
@Component
class ImportRunner {

	static final int BATCH = 500;
	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	private final ImportJobStore jobs;
	private final ImportRowStore rows;
	private final JsonMapper json;
	private final TransactionTemplate perBatch;

	ImportRunner(ImportJobStore jobs, ImportRowStore rows, JsonMapper json, PlatformTransactionManager transactions) {
		this.jobs = jobs;
		this.rows = rows;
		this.json = json;
		this.perBatch = new TransactionTemplate(transactions);
	}

	void validate(long jobId, Actor actor, ImportRows kind, Path file, String language) {
		try {
			SpreadsheetFile.Format format = SpreadsheetFile.sniff(file);
			jobs.format(jobId, format.name());
			int[] total = { 0 };
			SpreadsheetFile.read(file, format, (number, cells) -> total[0]++);
			if (total[0] == 0) {
				jobs.fail(jobId, "import.file.empty", List.of());
				return;
			}
			if (total[0] == 1) {
				jobs.fail(jobId, "import.file.no-rows", List.of());
				return;
			}
			jobs.progress(jobId, "VALIDATING", 0, total[0] - 1);
			Pass pass = new Pass(jobId, actor, kind, language, total[0] - 1);
			SpreadsheetFile.read(file, format, pass::row);
			pass.finish();
		}
		catch (UnreadableFileException e) {
			jobs.fail(jobId, e.messageKey(), List.of());
		}
		catch (HeaderException e) {
			jobs.fail(jobId, "import.failed.header", List.of(String.join(", ", e.missing)));
		}
		catch (Exception e) {
			log.warn("Import job {} failed while validating", jobId, e);
			jobs.fail(jobId, "import.failed.validation", List.of());
		}
		finally {
			try {
				Files.deleteIfExists(file);
			}
			catch (Exception e) {
				log.debug("Could not delete upload {}", file, e);
			}
		}
	}

	/** Required columns are missing: nothing in the file can be checked. */
	static final class HeaderException extends RuntimeException {

		final List<String> missing;

		HeaderException(List<String> missing) {
			super("missing columns " + missing);
			this.missing = missing;
		}
	}

	/** One reading of the file: the header, then the rows, checked and stored in batches. */
	private final class Pass {

		private final long jobId;
		private final Actor actor;
		private final ImportRows kind;
		private final String language;
		private final int totalRows;
		private final List<ImportRows.Row> pending = new ArrayList<>();
		private final List<StoredRow> rowBatch = new ArrayList<>();
		private final List<ImportError> errorBatch = new ArrayList<>();
		private ColumnSpec[] columnAt;
		private int errorPosition;
		private int read;

		Pass(long jobId, Actor actor, ImportRows kind, String language, int totalRows) {
			this.jobId = jobId;
			this.actor = actor;
			this.kind = kind;
			this.language = language;
			this.totalRows = totalRows;
		}

		void row(int number, List<String> cells) {
			if (columnAt == null) {
				header(cells);
				return;
			}
			Map<String, String> byField = new LinkedHashMap<>();
			for (int i = 0; i < columnAt.length && i < cells.size(); i++) {
				if (columnAt[i] != null) {
					byField.put(columnAt[i].field(), cells.get(i));
				}
			}
			pending.add(new ImportRows.Row(number, byField));
			if (pending.size() >= BATCH) {
				flush();
			}
		}

		/** Checks the pending rows as one batch and stores them with their errors. */
		private void check() {
			if (pending.isEmpty()) {
				return;
			}
			List<ImportRows.Checked> checked = kind.checkAll(actor, pending, language);
			for (int i = 0; i < pending.size(); i++) {
				ImportRows.Row row = pending.get(i);
				ImportRows.Checked result = checked.get(i);
				rowBatch.add(new StoredRow(row.number(), result.outcome(), result.recordId(), result.recordKey(),
						json.writeValueAsString(row.cells()),
						result.outcome() == RowOutcome.INVALID ? null : result.input(), result.changes()));
				errorBatch.addAll(result.errors());
			}
			read += pending.size();
			pending.clear();
		}

		private void header(List<String> cells) {
			List<ColumnSpec> specs = kind.columns();
			columnAt = new ColumnSpec[cells.size()];
			for (int i = 0; i < cells.size(); i++) {
				String header = cells.get(i);
				columnAt[i] = specs.stream().filter(c -> c.matches(header)).findFirst().orElse(null);
				if (columnAt[i] == null && header != null && !header.isBlank()) {
					errorBatch.add(new ImportError(1, header, null, "import.header.unknown", List.of()));
				}
			}
			List<String> missing = specs.stream().filter(ColumnSpec::required)
				.filter(c -> java.util.Arrays.stream(columnAt).noneMatch(c::equals))
				.map(c -> c.header(language))
				.toList();
			if (!missing.isEmpty()) {
				missing.forEach(m -> errorBatch.add(new ImportError(1, m, null, "import.header.missing", List.of())));
				flush();
				throw new HeaderException(missing);
			}
		}

		private String keyHeader() {
			return kind.columns().stream().filter(c -> c.field().equals(kind.keyField())).findFirst().orElseThrow()
				.header(language);
		}

		/**
		 * Checks the batch, then stores its rows, their errors and the progress in one transaction. The
		 * check stays outside it: a refused lookup (another province's IKM) would mark it rollback-only.
		 */
		private void flush() {
			check();
			perBatch.executeWithoutResult(status -> {
				rows.saveRows(jobId, rowBatch);
				rows.saveErrors(jobId, errorPosition, errorBatch);
				jobs.progress(jobId, "VALIDATING", read, totalRows);
			});
			errorPosition += errorBatch.size();
			rowBatch.clear();
			errorBatch.clear();
		}

		void finish() {
			flush();
			// the same record twice in one file: neither row can be trusted
			errorBatch.addAll(rows.invalidateDuplicates(jobId, keyHeader()));
			rows.saveErrors(jobId, errorPosition, errorBatch);
			errorBatch.clear();
			jobs.ready(jobId, rows.counts(jobId));
		}
	}
}
