package id.canting.shared.web;

import java.util.List;
import java.util.Locale;

import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * The language a downloadable document is written in, chosen apart from the page's: {@code id} or
 * {@code en}, the reader's own when none is named.
 */
public final class DocumentLanguage {

	private DocumentLanguage() {
	}

	/**
	 * @throws InvalidInputException naming {@code lang} for any other language
	 */
	public static Locale of(String lang, Locale fallback) {
		if (lang == null || lang.isBlank()) {
			return "en".equals(fallback.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("id");
		}
		return switch (lang.strip().toLowerCase(Locale.ROOT)) {
			case "id" -> Locale.forLanguageTag("id");
			case "en" -> Locale.ENGLISH;
			default -> throw new InvalidInputException(List.of(FieldViolation.of("lang", "validation.factsheet.lang")));
		};
	}
}
