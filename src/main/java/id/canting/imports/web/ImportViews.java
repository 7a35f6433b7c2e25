package id.canting.imports.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import id.canting.imports.ImportError;
import id.canting.imports.ImportJob;
import id.canting.imports.ImportJobs;
import id.canting.imports.ImportKind;
import id.canting.imports.ImportMessages;
import id.canting.imports.ImportStatus;
import id.canting.shared.NotFoundException;

/** Import jobs and errors as the API and pages show them, with messages in the reader's language. */
@Component
class ImportViews {

	/**
	 * A job as the API and pages show it. {@code queuePosition} is how many uploads wait before a QUEUED
	 * job (1 = next); {@code sheet} is the workbook's sheet being read; {@code committable} says whether
	 * a commit would write anything (a job without rows to add or change is not offered for commit).
	 */
	record JobResponse(long id, String kind, String status, String phase, String fileName, String fileFormat,
			String sheet, int queuePosition, int rowsTotal, int rowsRead, int percent, int countNew, int countUpdated,
			int countUnchanged, int countInvalid, int countCommitted, boolean committable, String commitMode,
			String failure) {
	}

	record ErrorResponse(int row, String column, String value, String message) {
	}

	private final MessageSource messages;
	private final ImportJobs imports;

	ImportViews(MessageSource messages, ImportJobs imports) {
		this.messages = messages;
		this.imports = imports;
	}

	JobResponse job(ImportJob job) {
		String failure = job.failureKey() == null ? null
				: ImportMessages.render(messages, job.failureKey(),
						job.failureArgs() == null ? List.of() : List.of(job.failureArgs().split("\u001f", -1)), locale());
		return new JobResponse(job.id(), job.kind().name(), job.status().name(), job.phase(), job.fileName(),
				job.fileFormat(), job.sheetName(), imports.queuePosition(job), job.rowsTotal(), job.rowsRead(),
				job.percent(), job.countNew(), job.countUpdated(), job.countUnchanged(), job.countInvalid(),
				job.countCommitted(), job.status() == ImportStatus.READY && job.hasRowsToWrite(),
				job.commitMode() == null ? null : job.commitMode().name(), failure);
	}

	ErrorResponse error(ImportError error) {
		return new ErrorResponse(error.rowNumber(), error.column(), error.value(),
				ImportMessages.render(messages, error.messageKey(), error.arguments(), locale()));
	}

	static ImportKind kind(String path) {
		try {
			return ImportKind.valueOf(path.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException("import.kind.unknown", path);
		}
	}

	static String format(String format) {
		return "xlsx".equalsIgnoreCase(format) ? "xlsx" : "csv";
	}

	static String contentType(String format) {
		return "xlsx".equals(format) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
				: "text/csv; charset=UTF-8";
	}

	/** A file download, streamed as it is written. */
	static ResponseEntity<StreamingResponseBody> attachment(String fileName, String format, StreamingResponseBody body) {
		return download(fileName, format).body(body);
	}

	/**
	 * A template: a few kilobytes, so written whole before the answer instead of streamed. A tiny
	 * streamed body can finish while the request's filters still write headers on another thread.
	 */
	static ResponseEntity<byte[]> template(String fileName, String format, StreamingResponseBody body)
			throws java.io.IOException {
		var out = new java.io.ByteArrayOutputStream();
		body.writeTo(out);
		return download(fileName, format).body(out.toByteArray());
	}

	private static ResponseEntity.BodyBuilder download(String fileName, String format) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "." + format + "\"")
			.header(HttpHeaders.CONTENT_TYPE, contentType(format));
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
