package id.canting.imports.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import id.canting.imports.ImportError;
import id.canting.imports.ImportJob;
import id.canting.imports.ImportKind;
import id.canting.shared.NotFoundException;

/** Import jobs and errors as the API and pages show them, with messages in the reader's language. */
@Component
class ImportViews {

	record JobResponse(long id, String kind, String status, String phase, String fileName, String fileFormat,
			int rowsTotal, int rowsRead, int percent, int countNew, int countUpdated, int countUnchanged,
			int countInvalid, int countCommitted, String commitMode, String failure) {
	}

	record ErrorResponse(int row, String column, String value, String message) {
	}

	private final MessageSource messages;

	ImportViews(MessageSource messages) {
		this.messages = messages;
	}

	JobResponse job(ImportJob job) {
		String failure = job.failureKey() == null ? null
				: messages.getMessage(job.failureKey(),
						job.failureArgs() == null ? null : job.failureArgs().split("\u001f"), job.failureKey(), locale());
		return new JobResponse(job.id(), job.kind().name(), job.status().name(), job.phase(), job.fileName(),
				job.fileFormat(), job.rowsTotal(), job.rowsRead(), job.percent(), job.countNew(), job.countUpdated(),
				job.countUnchanged(), job.countInvalid(), job.countCommitted(),
				job.commitMode() == null ? null : job.commitMode().name(), failure);
	}

	ErrorResponse error(ImportError error) {
		return new ErrorResponse(error.rowNumber(), error.column(), error.value(),
				messages.getMessage(error.messageKey(), error.arguments().toArray(), error.messageKey(), locale()));
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
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "." + format + "\"")
			.header(HttpHeaders.CONTENT_TYPE, contentType(format))
			.body(body);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
