package id.canting.account.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals that happen before a controller (no or bad token, wrong role) as RFC 9457 Problem
 * Details in the caller's language, like every other API error.
 */
@Component
class ProblemResponses {

	private final MessageSource messages;
	private final LocaleResolver locales;
	private final JsonMapper json;

	ProblemResponses(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", "problem.unauthorized.title",
				"problem.unauthorized.detail", 0);
	}

	void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.title",
				"problem.forbidden.detail", 0);
	}

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
			String titleKey, String detailKey, long minutes) throws IOException {
		Locale locale = locales.resolveLocale(request);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Bearer");
		}
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "urn:canting:problem:" + type);
		problem.put("title", messages.getMessage(titleKey, null, locale));
		problem.put("status", status.value());
		problem.put("detail", messages.getMessage(detailKey, new Object[] { minutes }, locale));
		problem.put("instance", request.getRequestURI());
		json.writeValue(response.getWriter(), problem);
	}
}
