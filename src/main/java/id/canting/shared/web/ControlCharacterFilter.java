package id.canting.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import id.canting.shared.FieldViolation;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a request with a control character ({@link ControlCharacters}) in a header value, a query
 * parameter or a form field with 400 naming it, before the session store, sign-in or any query sees
 * it (PostgreSQL refuses NUL in text: {@code /catalogue?q=%00} was a 500, a NUL in a saved field a
 * misleading 409). It runs after the character-encoding filter, so form fields are decoded as UTF-8.
 * Multipart fields are only parsed after security, so {@link ControlCharacterInterceptor} checks
 * them; JSON strings are checked by {@link JsonControlCharacters}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class ControlCharacterFilter extends OncePerRequestFilter {

	private final FilterResponses responses;

	ControlCharacterFilter(FilterResponses responses) {
		this.responses = responses;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String field = headerWithControlCharacter(request);
		if (field == null) {
			field = parameterWithControlCharacter(isMultipart(request) ? queryParameters(request) : request.getParameterMap());
		}
		if (field != null) {
			responses.refuse(request, response, 400, "invalid-input", "problem.invalid-input.title",
					"problem.invalid-input.detail", null,
					List.of(FieldViolation.of(ControlCharacters.printable(field), ControlCharacters.RULE)));
			return;
		}
		chain.doFilter(request, response);
	}

	private static String headerWithControlCharacter(HttpServletRequest request) {
		for (String name : Collections.list(request.getHeaderNames())) {
			for (String value : Collections.list(request.getHeaders(name))) {
				if (ControlCharacters.inHeader(value)) {
					return name;
				}
			}
		}
		return null;
	}

	static String parameterWithControlCharacter(Map<String, String[]> parameters) {
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (ControlCharacters.inText(parameter.getKey())) {
				return parameter.getKey();
			}
			for (String value : parameter.getValue()) {
				if (value != null && ControlCharacters.inText(value)) {
					return parameter.getKey();
				}
			}
		}
		return null;
	}

	static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
	}

	/** Parameters of the query string only, so a multipart body is not parsed before security has run. */
	private static Map<String, String[]> queryParameters(HttpServletRequest request) {
		if (request.getQueryString() == null) {
			return Map.of();
		}
		MultiValueMap<String, String> raw = UriComponentsBuilder.newInstance().query(request.getQueryString()).build()
			.getQueryParams();
		Map<String, String[]> decoded = new java.util.LinkedHashMap<>();
		raw.forEach((name, values) -> decoded.put(decode(name),
				values.stream().map(v -> v == null ? "" : decode(v)).toArray(String[]::new)));
		return decoded;
	}

	private static String decode(String text) {
		try {
			return UriUtils.decode(text.replace('+', ' '), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException malformed) {
			return text;
		}
	}
}
