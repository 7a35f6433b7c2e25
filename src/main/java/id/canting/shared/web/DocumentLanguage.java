package id.canting.shared.web;

import java.util.List;
import java.util.Locale;

import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * The language of a downloadable document ({@code ?lang=id} or {@code en}), which may differ from
 * the page's: a fact sheet or certificate in English for a foreign buyer, read on an Indonesian page.
 */
public final class DocumentLanguage {

	private DocumentLanguage() {
	}

	/**
	 * {@code id} or {@code en}; the reader's language when none is named.
	 *
	 * @throws InvalidInputException naming {@code lang} for any other value
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
