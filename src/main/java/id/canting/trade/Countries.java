package id.canting.trade;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names for ISO 3166-1 alpha-2 codes in the reader's language, from the JDK's locale data
 * (CLDR), so no country list has to be shipped or kept up to date.
 */
public final class Countries {

	private Countries() {
	}

	/** The country's name in the language of {@code locale}; the code itself when it names no country. */
	public static String name(String code, Locale locale) {
		if (!TradeRules.isCountryCode(code)) {
			return code;
		}
		String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
		return name == null || name.isBlank() ? code : name;
	}

	/** Every country's name in Bahasa Indonesia and in English, lower-cased, to its code. */
	private static final Map<String, String> CODES_BY_NAME = codesByName();

	/**
	 * The code a spreadsheet cell means: the code itself ({@code us}, {@code US}) or a country name
	 * in Bahasa Indonesia or English ({@code Amerika Serikat}, {@code United States}); empty when
	 * it names no country.
	 */
	public static Optional<String> codeOf(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String upper = text.strip().toUpperCase(Locale.ROOT);
		if (TradeRules.isCountryCode(upper)) {
			return Optional.of(upper);
		}
		return Optional.ofNullable(CODES_BY_NAME.get(text.strip().toLowerCase(Locale.ROOT)));
	}

	private static Map<String, String> codesByName() {
		Map<String, String> codes = new HashMap<>();
		for (String code : Locale.getISOCountries()) {
			for (Locale language : List.of(Locale.forLanguageTag("id"), Locale.ENGLISH)) {
				codes.putIfAbsent(name(code, language).toLowerCase(Locale.ROOT), code);
			}
		}
		return Map.copyOf(codes);
	}
}
