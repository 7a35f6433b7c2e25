package id.canting.event.report.web;

import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import id.canting.event.report.internal.EventSummaries;
import id.canting.event.report.internal.EventSummary;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.web.FileDownload;

/**
 * The event's report as a file, shared by the page and the API: format checked (pdf, the default, or
 * xlsx), named in the file's language ({@code laporan-HBN-2024.pdf}, {@code report-HBN-2024.xlsx}).
 */
final class ReportFiles {

	private ReportFiles() {
	}

	/** {@code pdf} (the default) or {@code xlsx}; checked before anything is counted. */
	static String format(String format) {
		String chosen = format == null || format.isBlank() ? "pdf" : format.strip().toLowerCase(Locale.ROOT);
		if (!List.of("pdf", "xlsx").contains(chosen)) {
			throw new InvalidInputException(List.of(FieldViolation.of("format", "event.report.validation.format")));
		}
		return chosen;
	}

	static ResponseEntity<byte[]> download(EventSummaries reports, EventSummary report, String format, Locale language) {
		boolean pdf = format.equals("pdf");
		byte[] body = pdf ? reports.pdf(report, language) : reports.xlsx(report, language);
		String name = ("en".equals(language.getLanguage()) ? "report-" : "laporan-") + report.code().value() + "."
				+ format;
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(pdf ? FileDownload.PDF : FileDownload.XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}
}
