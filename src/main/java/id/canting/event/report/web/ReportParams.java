package id.canting.event.report.web;

import java.util.Locale;

import id.canting.shared.web.DocumentLanguage;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The query parameters of a report download, bound as one object ({@code ?format=pdf|xlsx&lang=id|en});
 * each is checked when read, naming the parameter it refuses (400).
 */
record ReportParams(@Schema(description = "pdf (default) or xlsx") String format,
		@Schema(description = "id or en; the reader's language when not given") String lang) {

	String checkedFormat() {
		return ReportFiles.format(format);
	}

	Locale language(Locale reader) {
		return DocumentLanguage.of(lang, reader);
	}
}
