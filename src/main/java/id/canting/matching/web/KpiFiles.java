package id.canting.matching.web;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import id.canting.matching.internal.outcome.MatchingKpis;
import id.canting.matching.internal.outcome.MatchingSummaries;
import id.canting.shared.web.FileDownload;

/** The KPI workbook as a download, shared by the dashboard page and the API. */
final class KpiFiles {

	private KpiFiles() {
	}

	/** The workbook as a download named in its language ({@code temu-bisnis-HBN-2024.xlsx}, {@code business-matching-…}). */
	static ResponseEntity<byte[]> workbook(MatchingSummaries summaries, MatchingKpis kpis, Locale language) {
		String name = ("en".equals(language.getLanguage()) ? "business-matching-" : "temu-bisnis-") + kpis.code().value()
				+ ".xlsx";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(FileDownload.XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(summaries.xlsx(kpis, language));
	}
}
