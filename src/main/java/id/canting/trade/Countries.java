package id.canting.trade;

import java.util.Locale;

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
}
