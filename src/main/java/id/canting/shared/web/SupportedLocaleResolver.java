package id.canting.shared.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.WebUtils;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Chooses Bahasa Indonesia or English and nothing else, whatever the request says: the language
 * cookie counts only when it names one of the two, a malformed Accept-Language (e.g. {@code en;q=2},
 * which {@link Locale.LanguageRange#parse} refuses with an exception) is ignored, and a choice of
 * another language ({@code ?lang=fr}) shows Bahasa Indonesia and stores no cookie. Any other
 * language would have no message bundle: its pages showed {@code ??key_fr??} and its API errors
 * failed, for a year, through the cookie.
 */
final class SupportedLocaleResolver implements LocaleResolver {

	static final String COOKIE = "canting-lang";
	static final Duration COOKIE_LIFETIME = Duration.ofDays(365);
	private static final String CHOSEN = SupportedLocaleResolver.class.getName() + ".CHOSEN";
	/** Longer headers are not a browser's; not worth parsing. */
	private static final int MAX_ACCEPT_LANGUAGE = 256;

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
			return chosen;
		}
		Cookie cookie = WebUtils.getCookie(request, COOKIE);
		Locale fromCookie = cookie == null ? null : supported(cookie.getValue());
		return fromCookie != null ? fromCookie : fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Locale supported = locale == null ? null : supported(locale.getLanguage());
		if (supported == null) {
			request.setAttribute(CHOSEN, LocaleConfig.INDONESIAN);
			return;
		}
		request.setAttribute(CHOSEN, supported);
		if (response != null) {
			response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, supported.getLanguage())
				.path("/")
				.maxAge(COOKIE_LIFETIME)
				.httpOnly(true)
				.sameSite("Lax")
				.secure(request.isSecure())
				.build()
				.toString());
		}
	}

	/** Bahasa Indonesia or English for these language codes, else null. */
	static Locale supported(String language) {
		if (language == null) {
			return null;
		}
		return switch (language.strip().toLowerCase(Locale.ROOT)) {
			// "in" is the code older Java versions use for Indonesian
			case "id", "in" -> LocaleConfig.INDONESIAN;
			case "en" -> Locale.ENGLISH;
			default -> null;
		};
	}

	static Locale fromAcceptLanguage(String header) {
		if (header == null || header.isBlank() || header.length() > MAX_ACCEPT_LANGUAGE) {
			return LocaleConfig.INDONESIAN;
		}
		try {
			Locale preferred = Locale.lookup(Locale.LanguageRange.parse(header), LocaleConfig.SUPPORTED);
			return preferred == null ? LocaleConfig.INDONESIAN : preferred;
		}
		catch (IllegalArgumentException malformed) {
			return LocaleConfig.INDONESIAN;
		}
	}
}
