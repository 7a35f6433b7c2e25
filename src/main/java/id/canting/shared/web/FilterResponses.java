package id.canting.shared.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

import id.canting.shared.FieldViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals made by servlet filters, before Spring MVC, the session store and security run: Problem
 * Details on {@code /api/**} (and {@code /actuator/**}), a short page in the layout's style
 * otherwise. The page is written here, not by a template, because what failed (the database, the
 * request itself) may be what the layout needs.
 */
@Component
class FilterResponses {

	private final MessageSource messages;
	private final LocaleResolver locales;
	private final JsonMapper json;

	FilterResponses(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	/**
	 * Writes the refusal. {@code detailKey} takes {@code detailArguments}; {@code violations}, when
	 * not empty, become {@code errors: [{field, message}]} (and a list on the page).
	 */
	void refuse(HttpServletRequest request, HttpServletResponse response, int status, String type, String titleKey,
			String detailKey, Object[] detailArguments, List<FieldViolation> violations) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		Locale locale = locales.resolveLocale(request);
		String title = messages.getMessage(titleKey, null, titleKey, locale);
		String detail = messages.getMessage(detailKey, detailArguments, detailKey, locale);
		response.resetBuffer();
		response.setStatus(status);
		response.setCharacterEncoding("UTF-8");
		response.setHeader("X-Content-Type-Options", "nosniff");
		if (isApi(request)) {
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", "urn:canting:problem:" + type);
			problem.put("title", title);
			problem.put("status", status);
			problem.put("detail", detail);
			problem.put("instance", request.getRequestURI());
			if (!violations.isEmpty()) {
				problem.put("errors", violations.stream()
					.map(v -> Map.of("field", v.field(), "message", message(v, locale)))
					.toList());
			}
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			json.writeValue(response.getWriter(), problem);
			return;
		}
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		StringBuilder page = new StringBuilder(1024)
			.append("<!DOCTYPE html>\n<html lang=\"").append(locale.getLanguage()).append("\">\n<head>\n")
			.append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
			.append("<title>").append(escape(title)).append("</title>\n")
			.append("<link rel=\"stylesheet\" href=\"").append(request.getContextPath()).append("/css/canting.css\">\n")
			.append("</head>\n<body>\n<main id=\"main\">\n<section class=\"error-page\">\n")
			.append("<h1>").append(escape(title)).append("</h1>\n")
			.append("<p>").append(escape(detail)).append("</p>\n");
		if (!violations.isEmpty()) {
			page.append("<ul>\n");
			violations.forEach(v -> page.append("<li>").append(escape(v.field())).append(": ")
				.append(escape(message(v, locale))).append("</li>\n"));
			page.append("</ul>\n");
		}
		page.append("<p><a href=\"").append(request.getContextPath()).append("/\">")
			.append(escape(messages.getMessage("error.home", null, "/", locale))).append("</a></p>\n")
			.append("</section>\n</main>\n</body>\n</html>\n");
		response.getWriter().write(page.toString());
	}

	static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/") || path.startsWith("/actuator/");
	}

	private String message(FieldViolation violation, Locale locale) {
		return messages.getMessage(violation.messageKey(), violation.arguments().toArray(), violation.messageKey(),
				locale);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}
}
