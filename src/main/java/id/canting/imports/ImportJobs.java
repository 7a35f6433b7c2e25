package id.canting.imports;

import id.canting.shared.CodeLabel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import id.canting.imports.internal.Labels;
import id.canting.imports.internal.SheetWriter;
import id.canting.imports.internal.SpreadsheetReader.DataSheet;
import id.canting.imports.internal.TemplateWriter;
import id.canting.imports.internal.UnreadableFileException;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.ForbiddenException;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;
import id.canting.shared.Role;
import id.canting.shared.RuleRefusedException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import jobs for officers (their province) and admins (anywhere): upload a file, follow its
 * validation, read every error, then commit all-or-nothing or only the valid rows. The work runs in
 * the background, so it goes on when the page is reloaded or the browser closed.
 */
@Service
public class ImportJobs {

	private final ImportJobStore jobs;
	private final ImportRowStore rows;
	private final ImportRunner runner;
	private final ImportCommitter committer;
	private final ValidationQueue queue;
	private final List<ImportRows> kinds;
	private final TaskExecutor executor;
	private final Path uploads;
	private final MessageSource messages;
	private final JsonMapper json;
	private final TemplateWriter templates;
	private final Labels labels;

	ImportJobs(ImportJobStore jobs, ImportRowStore rows, ImportRunner runner, ImportCommitter committer,
			ValidationQueue queue, List<ImportRows> kinds, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
			@Value("${canting.imports.dir:${java.io.tmpdir}/canting-imports}") Path uploads, MessageSource messages,
			JsonMapper json, TemplateWriter templates, Labels labels) {
		this.jobs = jobs;
		this.rows = rows;
		this.runner = runner;
		this.committer = committer;
		this.queue = queue;
		this.kinds = kinds;
		this.executor = executor;
		this.uploads = uploads;
		this.messages = messages;
		this.json = json;
		this.templates = templates;
		this.labels = labels;
	}

	/**
	 * Takes an uploaded file, finds the sheet to read and queues its validation; returns the job at
	 * once. {@code sheet} names the sheet when the uploader chose one.
	 *
	 * @throws SheetChoiceException when several visible sheets hold the kind's columns and none was
	 *         chosen, or the chosen one is not among them: nothing is kept, no job is made
	 */
	public ImportJob start(Actor actor, ImportKind kind, String fileName, InputStream content, String language,
			String sheet) {
		requireImporter(actor);
		ImportRows rows = rows(kind);
		if (!rows.mayImport(actor)) {
			throw new ForbiddenException("import.forbidden.kind", CodeLabel.of("import.kind.", kind));
		}
		String lang = "en".equals(language) ? "en" : "id";
		String name = fileName == null || fileName.isBlank() ? "upload" : fileName;
		Path file = store(content);
		ImportRunner.Located located;
		try {
			located = runner.locate(file, rows);
		}
		catch (UnreadableFileException e) {
			delete(file);
			long id = jobs.create(kind, name, actor.username(), lang);
			jobs.fail(id, e.messageKey(), e.arguments());
			return jobs.find(id).orElseThrow();
		}
		catch (IOException e) {
			// a file whose structure breaks while its sheets are looked for (a CSV quote never closed)
			delete(file);
			long id = jobs.create(kind, name, actor.username(), lang);
			jobs.fail(id, "import.file.csv-broken", List.of(String.valueOf(e.getMessage())));
			return jobs.find(id).orElseThrow();
		}
		DataSheet chosen;
		try {
			chosen = choose(located, sheet);
		}
		catch (SheetChoiceException e) {
			delete(file);
			throw e;
		}
		long id = jobs.create(kind, name, actor.username(), lang);
		if (chosen != null && !chosen.name().isEmpty()) {
			jobs.sheet(id, chosen.name());
		}
		Path jobFile = file.resolveSibling("import-" + id + ".upload");
		move(file, jobFile);
		queue.submit(id, () -> runner.validate(id, actor, rows, jobFile, lang, located.format(), chosen));
		return jobs.find(id).orElseThrow();
	}

	/** {@link #start(Actor, ImportKind, String, InputStream, String, String)} with no sheet chosen. */
	public ImportJob start(Actor actor, ImportKind kind, String fileName, InputStream content, String language) {
		return start(actor, kind, fileName, content, language, null);
	}

	/** The sheet to read: the one named, else the only one with the kind's columns (null: none has them). */
	private static DataSheet choose(ImportRunner.Located located, String named) {
		List<DataSheet> sheets = located.sheets();
		if (named != null && !named.isBlank()) {
			return sheets.stream().filter(s -> s.name().equals(named.strip())).findFirst()
				.orElseThrow(() -> new SheetChoiceException("import.sheet.unknown", named, located.names()));
		}
		if (sheets.size() > 1) {
			throw new SheetChoiceException("import.sheet.choose", null, located.names());
		}
		return sheets.isEmpty() ? null : sheets.get(0);
	}

	/** How many uploads wait before this queued job (zero once it runs). */
	public int queuePosition(ImportJob job) {
		return job.status() == ImportStatus.QUEUED ? jobs.queuedBefore(job.id()) + 1 : 0;
	}

	/** The job, for the person who started it or an admin. */
	public ImportJob job(Actor actor, ImportJobId jobId) {
		long id = jobId.value();
		requireImporter(actor);
		ImportJob job = jobs.find(id).orElseThrow(() -> new ImportJobNotFoundException(id));
		if (!actor.isAdmin() && !job.createdBy().equals(actor.username())) {
			throw new ImportJobNotFoundException(id);
		}
		return job;
	}

	/** The actor's recent jobs (an admin sees everyone's). */
	public List<ImportJob> recent(Actor actor) {
		requireImporter(actor);
		return jobs.recent(actor.username(), actor.isAdmin());
	}

	/** Every error of the job, row by row, a page at a time. */
	public PageResponse<ImportError> errors(Actor actor, ImportJobId jobId, PageRequest page) {
		long id = jobId.value();
		job(actor, jobId);
		return PageResponse.of(rows.errors(id, (int) page.offset(), page.size()), page, rows.errorCount(id));
	}

	/**
	 * Commits a READY job in the background. ALL_OR_NOTHING is refused while any row is invalid;
	 * VALID_ROWS writes the valid rows only.
	 */
	public ImportJob commit(Actor actor, ImportJobId jobId, CommitMode mode) {
		long id = jobId.value();
		ImportJob job = job(actor, jobId);
		if (job.status() != ImportStatus.READY) {
			throw new ConflictException("import.not-ready", CodeLabel.of("import.status.", job.status()));
		}
		if (!job.hasRowsToWrite()) {
			throw new RuleRefusedException("import.nothing-to-write", job.countInvalid());
		}
		if (mode == CommitMode.ALL_OR_NOTHING && job.countInvalid() > 0) {
			throw new RuleRefusedException("import.invalid-rows", job.countInvalid());
		}
		if (!jobs.startCommit(id, mode)) {
			throw new ConflictException("import.not-ready", CodeLabel.of("import.status.", ImportStatus.COMMITTING));
		}
		int toWrite = job.countNew() + job.countUpdated();
		executor.execute(() -> committer.commit(id, actor, rows(job.kind()), toWrite));
		return jobs.find(id).orElseThrow();
	}

	/**
	 * The template of this kind in {@code language}: the columns' headers and one example row; as
	 * {@code xlsx} with instructions, drop-down lists and text formats, as CSV with {@code delimiter}
	 * ({@code ,} or {@code ;}) between values.
	 */
	public void writeTemplate(ImportKind kind, String format, String language, char delimiter, OutputStream out)
			throws IOException {
		templates.write(kind, format, delimiter, language,
				TemplateColumns.of(kind, rows(kind).columns(), language, messages, labels), out);
	}

	/**
	 * The job's invalid rows as a file to fix and upload again: the template's columns with the values
	 * as uploaded, and a last column saying what is wrong, in the uploader's language.
	 */
	public void writeRejected(Actor actor, ImportJobId jobId, String format, OutputStream out) throws IOException {
		long id = jobId.value();
		ImportJob job = job(actor, jobId);
		String language = jobs.language(id);
		Locale locale = Locale.forLanguageTag(language);
		List<ColumnSpec> columns = rows(job.kind()).columns();
		Map<Integer, List<String>> problems = new HashMap<>();
		for (ImportError error : rows.errors(id, 0, Integer.MAX_VALUE)) {
			problems.computeIfAbsent(error.rowNumber(), n -> new ArrayList<>()).add((error.column() == null ? ""
					: error.column() + ": ") + ImportMessages.render(messages, error.messageKey(), error.arguments(), locale));
		}
		List<String> header = new ArrayList<>(headers(job.kind(), language));
		header.add(messages.getMessage("import.rejected.column", null, locale));
		SheetWriter.write(format, out, header, sink -> rows.forEachRow(id, List.of(RowOutcome.INVALID), row -> {
			Map<String, String> raw = json.readValue(row.rawValues(), new tools.jackson.core.type.TypeReference<Map<String, String>>() {
			});
			List<String> cells = new ArrayList<>(columns.stream().map(c -> raw.getOrDefault(c.field(), "")).toList());
			cells.add(String.join("; ", problems.getOrDefault(row.rowNumber(), List.of())));
			sink.accept(cells);
		}));
	}

	private List<String> headers(ImportKind kind, String language) {
		return rows(kind).columns().stream().map(c -> c.header(language)).toList();
	}

	/**
	 * Jobs whose application stopped while they ran (no progress for two minutes) are marked FAILED;
	 * a commit is one transaction, so nothing of theirs is in the registry.
	 */
	@Scheduled(fixedDelay = 60_000, initialDelay = 5_000)
	void failAbandonedJobs() {
		jobs.failAbandoned(java.time.Duration.ofMinutes(2));
	}

	private ImportRows rows(ImportKind kind) {
		return kinds.stream().filter(k -> k.kind() == kind).findFirst().orElseThrow();
	}

	/** Keeps the upload in a file of its own until its validation has read it. */
	private Path store(InputStream content) {
		try {
			Files.createDirectories(uploads);
			Path file = Files.createTempFile(uploads, "upload-", ".upload");
			Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
			return file;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void move(Path from, Path to) {
		try {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			// a leftover temporary file is harmless; the upload folder is a temporary one
		}
	}

	private static void requireImporter(Actor actor) {
		if (!(actor.isAdmin() || actor.role() == Role.OFFICER)) {
			throw new ForbiddenException("import.forbidden");
		}
	}
}
