package id.canting.programme.impact.web;

import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import id.canting.programme.impact.internal.ImpactReport;
import id.canting.programme.impact.internal.ImpactReports;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/** The impact report as a download, shared by the API and the page: format and language checked, file named. */
final class ImpactFiles {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private ImpactFiles() {
	}

	/**
	 * {@code pdf} or {@code xlsx}, and for the API also {@code json}, its default (a page's download
	 * defaults to pdf); checked before anything is counted.
	 */
	static String format(String format, boolean jsonToo) {
		String chosen = format == null || format.isBlank() ? (jsonToo ? "json" : "pdf")
				: format.strip().toLowerCase(Locale.ROOT);
		List<String> allowed = jsonToo ? List.of("json", "pdf", "xlsx") : List.of("pdf", "xlsx");
		if (!allowed.contains(chosen)) {
			throw new InvalidInputException(List.of(FieldViolation.of("format",
					jsonToo ? "validation.impact.format" : "validation.factsheet.format")));
		}
		return chosen;
	}

	static ResponseEntity<byte[]> download(ImpactReports reports, ImpactReport report, String format, Locale language) {
		boolean pdf = format.equals("pdf");
		byte[] body = pdf ? reports.pdf(report, language) : reports.xlsx(report, language);
		String name = "canting-impact-" + report.programmeCode().toLowerCase(Locale.ROOT)
				+ (report.scopeProvinceCode() == null ? "" : "-" + report.scopeProvinceCode()) + "-"
				+ language.getLanguage() + "." + format;
		return ResponseEntity.ok()
			.contentType(pdf ? MediaType.APPLICATION_PDF : XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}
}
