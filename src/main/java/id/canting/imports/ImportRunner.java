package id.canting.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.canting.imports.ImportRowStore.StoredRow;
import id.canting.imports.internal.Cell;
import id.canting.imports.internal.CellValues;
import id.canting.imports.internal.Labels;
import id.canting.imports.internal.NumberNotation;
import id.canting.imports.internal.NumberNotation.Notation;
import id.canting.imports.internal.RegencyNames;
import id.canting.imports.internal.SpreadsheetReader;
import id.canting.imports.internal.SpreadsheetReader.DataSheet;
import id.canting.imports.internal.SpreadsheetReader.Format;
import id.canting.imports.internal.TemplateWriter;
import id.canting.imports.internal.UnreadableFileException;
import id.canting.shared.Actor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates an uploaded file in the background: finds the sheet and its header, surveys the rows
 * (how many, and which number notation each numeric column is written in), then checks each row
 * with the registry's rules, stores every row with its outcome and every error, and reports
 * progress. Nothing is written to the registry here; that is the commit's job. A valid row is stored
 * without its cells as typed: only the rejected-rows file reads those, and only for invalid rows.
 */
@Component
class ImportRunner {

	/**
	 * Rows checked, stored and reported per transaction: at a million rows, 200 commits and progress
	 * writes rather than the 2,000 of batches of 500.
	 */
	static final int BATCH = 5_000;
	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	private final ImportJobStore jobs;
	private final ImportRowStore rows;
	private final JsonMapper json;
	private final TransactionTemplate perBatch;
	private final SpreadsheetReader reader;
	private final Labels labels;
	private final RegencyNames regencies;

	ImportRunner(ImportJobStore jobs, ImportRowStore rows, JsonMapper json, PlatformTransactionManager transactions,
			SpreadsheetReader reader, Labels labels, RegencyNames regencies) {
		this.jobs = jobs;
		this.rows = rows;
		this.json = json;
		this.perBatch = new TransactionTemplate(transactions);
		this.reader = reader;
		this.labels = labels;
		this.regencies = regencies;
	}

	/** The file's format and the visible sheets whose header is this kind's. */
	record Located(Format format, List<DataSheet> sheets) {

		List<String> names() {
			return sheets.stream().map(DataSheet::name).toList();
		}
	}

	/**
	 * Finds the sheets holding this kind's columns: a header row with at least two of its headers,
	 * in the first rows of a visible sheet (below titles or a logo, after an instructions sheet).
	 */
	Located locate(Path file, ImportRows kind) throws IOException, UnreadableFileException {
		Format format = reader.sniff(file);
		List<ColumnSpec> columns = kind.columns();
		int enough = Math.min(2, columns.size());
		List<DataSheet> sheets = reader.locate(file, format,
				cells -> cells.stream().filter(text -> columns.stream().anyMatch(c -> c.matches(text))).count() >= enough);
		return new Located(format, sheets);
	}

	/**
	 * Validates the sheet; {@code sheet} null means no sheet had the kind's header, and the first row of
	 * the first visible sheet is taken as the header, so the job says which columns are missing.
	 */
	void validate(long jobId, Actor actor, ImportRows kind, Path file, String language, Format format,
			DataSheet sheet) {
		try {
			jobs.format(jobId, format.name());
			DataSheet data = sheet != null ? sheet : firstSheet(file, format);
			if (data == null) {
				jobs.fail(jobId, "import.file.empty", List.of());
				return;
			}
			Survey survey = new Survey(kind, language);
			reader.read(file, format, data, survey::row);
			if (survey.columnAt == null) {
				jobs.fail(jobId, "import.file.empty", List.of());
				return;
			}
			survey.requireColumns(jobId);
			if (survey.total == 0) {
				jobs.fail(jobId, "import.file.no-rows", List.of());
				return;
			}
			jobs.progress(jobId, "VALIDATING", 0, survey.total);
			Pass pass = new Pass(jobId, actor, kind, survey);
			reader.read(file, format, data, pass::row);
			pass.finish(() -> reader.read(file, format, data, pass::rawOfDuplicate));
		}
		catch (UnreadableFileException e) {
			jobs.fail(jobId, e.messageKey(), e.arguments());
		}
		catch (org.apache.commons.csv.CSVException e) {
			// a quote opened and never closed, or text after a closing quote: say where
			jobs.fail(jobId, "import.file.csv-broken", List.of(String.valueOf(e.getMessage())));
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

	private DataSheet firstSheet(Path file, Format format) throws IOException, UnreadableFileException {
		List<DataSheet> any = reader.locate(file, format, cells -> true);
		return any.isEmpty() ? null : any.get(0);
	}

	/** Whether a row is the template's example row, which officials may leave in place. */
	static boolean isExample(List<Cell> cells) {
		if (cells.isEmpty()) {
			return false;
		}
		return TemplateWriter.isExampleMarker(cells.get(0).text());
	}

	/** The row's cells by field, for the columns the import reads. */
	static Map<String, Cell> byField(ColumnSpec[] columnAt, List<Cell> cells) {
		Map<String, Cell> byField = new LinkedHashMap<>();
		for (int i = 0; i < columnAt.length && i < cells.size(); i++) {
			if (columnAt[i] != null) {
				byField.put(columnAt[i].field(), cells.get(i));
			}
		}
		return byField;
	}

	/** Something to run that may fail reading the file again. */
	@FunctionalInterface
	interface Reading {

		void run() throws IOException, UnreadableFileException;
	}

	/**
	 * Whether a row has a value in any column the import reads: rows that only carry a running number
	 * ("No." 1 to 500, filled in before the data) or notes in unknown columns are blank rows.
	 */
	static boolean hasValue(ColumnSpec[] columnAt, List<Cell> cells) {
		for (int i = 0; i < columnAt.length && i < cells.size(); i++) {
			if (columnAt[i] != null && !cells.get(i).isBlank()) {
				return true;
			}
		}
		return false;
	}

	/** Required columns are missing: nothing in the file can be checked. */
	static final class HeaderException extends RuntimeException {

		final List<String> missing;

		HeaderException(List<String> missing) {
			super("missing columns " + missing);
			this.missing = missing;
		}
	}

	/**
	 * The first reading: the header, how many data rows, and for each numeric column the notation its
	 * text values are written in (1.250.000,50 or 1,250,000.50), decided from all of them.
	 */
	private final class Survey {

		private final ImportRows kind;
		private final String language;
		private final List<ImportError> headerErrors = new ArrayList<>();
		private final Map<Integer, NumberNotation.Column> evidence = new HashMap<>();
		private ColumnSpec[] columnAt;
		private int headerRow;
		private int total;

		Survey(ImportRows kind, String language) {
			this.kind = kind;
			this.language = language;
		}

		void row(int number, List<Cell> cells) {
			if (columnAt == null) {
				header(number, cells);
				return;
			}
			if (isExample(cells) || !hasValue(columnAt, cells)) {
				return;
			}
			total++;
			for (int i = 0; i < columnAt.length && i < cells.size(); i++) {
				if (columnAt[i] != null && columnAt[i].isNumeric()) {
					evidence.computeIfAbsent(i, c -> new NumberNotation.Column()).see(cells.get(i));
				}
			}
		}

		private void header(int number, List<Cell> cells) {
			List<ColumnSpec> specs = kind.columns();
			headerRow = number;
			columnAt = new ColumnSpec[cells.size()];
			for (int i = 0; i < cells.size(); i++) {
				String header = CellValues.text(cells.get(i));
				columnAt[i] = header == null ? null : specs.stream().filter(c -> c.matches(header)).findFirst().orElse(null);
				if (columnAt[i] == null && header != null) {
					headerErrors.add(new ImportError(number, header, null, "import.header.unknown", List.of()));
				}
			}
		}

		void requireColumns(long jobId) {
			List<String> missing = kind.columns().stream().filter(ColumnSpec::required)
				.filter(c -> Arrays.stream(columnAt).noneMatch(c::equals))
				.map(c -> c.header(language))
				.toList();
			if (!missing.isEmpty()) {
				missing.forEach(m -> headerErrors.add(new ImportError(headerRow, m, null, "import.header.missing", List.of())));
				rows.saveErrors(jobId, 0, headerErrors);
				throw new HeaderException(missing);
			}
		}

		/**
		 * Each numeric column's notation. A column whose own values do not tell (only values such as
		 * {@code 3.000}, readable both ways) takes the file's notation when every column that does tell
		 * agrees: one person typed the file with one regional setting.
		 */
		SheetRow.Context context() {
			Map<String, Notation> notations = new HashMap<>();
			evidence.forEach((index, column) -> notations.put(columnAt[index].field(), column.notation()));
			var decided = notations.values().stream()
				.filter(n -> n == Notation.INDONESIAN || n == Notation.ENGLISH)
				.distinct()
				.toList();
			if (decided.size() == 1) {
				notations.replaceAll((field, notation) -> notation == Notation.UNDECIDED ? decided.get(0) : notation);
			}
			return new SheetRow.Context(kind.columns(), notations, labels, regencies, language);
		}
	}

	/** The second reading: the rows, checked and stored in batches. */
	private final class Pass {

		private final long jobId;
		private final Actor actor;
		private final ImportRows kind;
		private final int totalRows;
		private final ColumnSpec[] columnAt;
		private final SheetRow.Context context;
		private final List<SheetRow> pending = new ArrayList<>();
		private final List<StoredRow> rowBatch = new ArrayList<>();
		private final List<ImportError> errorBatch = new ArrayList<>();
		private final Map<Integer, String> duplicateRaw = new HashMap<>();
		private Set<Integer> duplicateRows = Set.of();
		private boolean headerSeen;
		private int errorPosition;
		private int read;

		Pass(long jobId, Actor actor, ImportRows kind, Survey survey) {
			this.jobId = jobId;
			this.actor = actor;
			this.kind = kind;
			this.totalRows = survey.total;
			this.columnAt = survey.columnAt;
			this.context = survey.context();
			this.errorBatch.addAll(survey.headerErrors);
		}

		void row(int number, List<Cell> cells) {
			if (!headerSeen) {
				headerSeen = true;
				return;
			}
			if (isExample(cells) || !hasValue(columnAt, cells)) {
				return;
			}
			pending.add(new SheetRow(number, byField(columnAt, cells), context));
			if (pending.size() >= BATCH) {
				flush();
			}
		}

		/** Checks the pending rows as one batch and stores them with their errors. */
		private void check() {
			if (pending.isEmpty()) {
				return;
			}
			List<ImportRows.Checked> checked = kind.checkAll(actor, pending);
			for (int i = 0; i < pending.size(); i++) {
				SheetRow row = pending.get(i);
				ImportRows.Checked result = checked.get(i);
				boolean invalid = result.outcome() == RowOutcome.INVALID;
				// a million valid rows' cells as JSON were a gigabyte written and never read
				rowBatch.add(new StoredRow(row.number(), result.outcome(), result.recordId(), result.recordKey(),
						invalid ? json.writeValueAsString(row.raw()) : null, invalid ? null : result.input(),
						result.changes()));
				errorBatch.addAll(result.errors());
			}
			read += pending.size();
			pending.clear();
		}

		private String keyHeader() {
			return kind.columns().stream().filter(c -> c.field().equals(kind.keyField())).findFirst().orElseThrow()
				.header(context.language());
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

		/**
		 * Stores the last batch, then marks the rows naming the same record twice; those were stored as
		 * valid, without their cells, so the file is read once more for them ({@code readAgain}) and
		 * their cells kept for the rejected-rows file. Most files have none and are not read again.
		 */
		void finish(Reading readAgain) throws IOException, UnreadableFileException {
			flush();
			// the same record twice in one file: neither row can be trusted
			List<ImportError> duplicates = rows.invalidateDuplicates(jobId, keyHeader());
			if (!duplicates.isEmpty()) {
				duplicateRows = new HashSet<>();
				duplicates.forEach(error -> duplicateRows.add(error.rowNumber()));
				readAgain.run();
				rows.saveRawValues(jobId, duplicateRaw);
			}
			errorBatch.addAll(duplicates);
			rows.saveErrors(jobId, errorPosition, errorBatch);
			errorBatch.clear();
			jobs.ready(jobId, rows.counts(jobId));
		}

		/** Keeps the cells of a row found to repeat another's record, as read from the file. */
		void rawOfDuplicate(int number, List<Cell> cells) {
			if (duplicateRows.contains(number)) {
				duplicateRaw.put(number, json.writeValueAsString(new SheetRow(number, byField(columnAt, cells), context).raw()));
			}
		}
	}
}
