package id.canting.shared.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * What a table download asks for: {@code ?format=csv|xlsx&lang=id|en}. A missing format is CSV; a
 * missing language is the reader's (the page's language, or the API's {@code Accept-Language}).
 */
public record TableRequest(TableFormat format, Locale locale) {

	static final List<String> LANGUAGES = List.of("id", "en");

	/** @throws InvalidInputException naming {@code format} or {@code lang} */
	public static TableRequest of(String format, String lang) {
		List<FieldViolation> violations = new ArrayList<>();
		TableFormat chosen = TableFormat.CSV;
		if (format != null && !format.isBlank()) {
			chosen = TableFormat.of(format);
			if (chosen == null) {
				violations.add(FieldViolation.of("format", "export.validation.format", TableFormat.codes()));
			}
		}
		String language = lang == null || lang.isBlank() ? readersLanguage() : lang.strip();
		if (!LANGUAGES.contains(language)) {
			violations.add(FieldViolation.of("lang", "export.validation.lang", String.join(", ", LANGUAGES)));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new TableRequest(chosen, Locale.forLanguageTag(language));
	}

	private static String readersLanguage() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "id";
	}
}
