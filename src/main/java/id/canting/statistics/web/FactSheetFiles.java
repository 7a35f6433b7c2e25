package id.canting.statistics.web;

import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.web.DocumentLanguage;
import id.canting.statistics.FactSheet;
import id.canting.statistics.FactSheets;

/** The fact sheet as a download, shared by the API and the page: format and language checked, file named. */
final class FactSheetFiles {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private FactSheetFiles() {
	}

	/** {@code id} or {@code en}; the reader's language when none is named. */
	static Locale language(String lang, Locale fallback) {
		return DocumentLanguage.of(lang, fallback);
	}

	/** Checked before anything is counted, so a wrong format costs nothing. */
	static String format(String format) {
		String chosen = format == null || format.isBlank() ? "pdf" : format.strip().toLowerCase(Locale.ROOT);
		if (!chosen.equals("pdf") && !chosen.equals("xlsx")) {
			throw new InvalidInputException(List.of(FieldViolation.of("format", "validation.factsheet.format")));
		}
		return chosen;
	}

	static ResponseEntity<byte[]> download(FactSheets sheets, FactSheet sheet, String format, Locale language) {
		boolean pdf = format.equals("pdf");
		byte[] body = pdf ? sheets.pdf(sheet, language) : sheets.xlsx(sheet, language);
		String name = "canting-fact-sheet-" + (sheet.scopeCode() == null ? "id" : sheet.scopeCode()) + "-"
				+ sheet.period().from() + "_" + sheet.period().to() + "-" + language.getLanguage() + "." + format;
		return ResponseEntity.ok()
			.contentType(pdf ? MediaType.APPLICATION_PDF : XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}
}
