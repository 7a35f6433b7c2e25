package id.canting.registry.web.export;

import java.util.ArrayList;
import java.util.List;

import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/** What a download asks for: the file format and the language of the header row ({@code id} or {@code en}). */
record ExportRequest(ExportFormat format, String language) {

	static final List<String> LANGUAGES = List.of("id", "en");

	/**
	 * Reads {@code ?format=csv|xlsx&lang=id|en}; a missing format is CSV, a missing language the given default.
	 *
	 * @throws InvalidInputException naming {@code format} or {@code lang}
	 */
	static ExportRequest of(String format, String lang, String defaultLanguage) {
		List<FieldViolation> violations = new ArrayList<>();
		ExportFormat chosen = ExportFormat.CSV;
		if (format != null && !format.isBlank()) {
			chosen = ExportFormat.of(format);
			if (chosen == null) {
				violations.add(FieldViolation.of("format", "export.validation.format", ExportFormat.codes()));
			}
		}
		String language = lang == null || lang.isBlank() ? defaultLanguage : lang.strip();
		if (!LANGUAGES.contains(language)) {
			violations.add(FieldViolation.of("lang", "export.validation.lang", String.join(", ", LANGUAGES)));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new ExportRequest(chosen, language);
	}
}
