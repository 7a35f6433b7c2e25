package id.canting.event.registration.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Anonymous registrations and cancellations are limited per client address (the connection's peer, as
 * the verification's rate limit reads it): at most {@code canting.event.registration.rate-limit.requests}
 * (default 30) per {@code ...window} (default 10 minutes), then 429 with Retry-After, so that nobody
 * fills a session's seats from one machine. Counted per node in memory (n nodes: at most n times the
 * limit), in a bounded Caffeine cache, as the Batikmark verification's limit is.
 */
@Component
class RegistrationRateLimit extends OncePerRequestFilter {

	static final Pattern LIMITED = Pattern.compile(
			"/api/v1/events/[^/]+/sessions/[^/]+/registrations|/events/[^/]+/sessions/[^/]+/register"
					+ "|/api/v1/events/[^/]+/registrations/[^/]+|/tickets/[^/]+/cancel");

	private final MessageSource messages;
	private final LocaleResolver locales;
	private final Cache<String, Bucket> buckets;
	private final Bandwidth bandwidth;

	RegistrationRateLimit(MessageSource messages, LocaleResolver locales,
			@Value("${canting.event.registration.rate-limit.requests:30}") int requests,
			@Value("${canting.event.registration.rate-limit.window:10m}") Duration window) {
		this.messages = messages;
		this.locales = locales;
		this.buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(window).build();
		this.bandwidth = Bandwidth.builder().capacity(requests).refillIntervally(requests, window).build();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !("POST".equals(method) || "DELETE".equals(method)) || !LIMITED.matcher(path).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Bucket bucket = buckets.get(request.getRemoteAddr(), key -> Bucket.builder().addLimit(bandwidth).build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		long wait = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
		Locale locale = locales.resolveLocale(request);
		String title = messages.getMessage("event.registration.rate-limit.title", null, locale);
		String detail = messages.getMessage("event.registration.rate-limit.detail", new Object[] { wait }, locale);
		response.setStatus(429);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
		response.setCharacterEncoding("UTF-8");
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setContentType("application/problem+json");
			response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":429,"
					+ "\"detail\":\"" + json(detail) + "\",\"retryAfterSeconds\":" + wait + "}");
		}
		else {
			response.setContentType("text/html");
			response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + HtmlUtils.htmlEscape(title)
					+ "</title><link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/css/canting.css\"></head>"
					+ "<body><main id=\"main\"><section class=\"error-page\"><h1>" + HtmlUtils.htmlEscape(title) + "</h1><p>"
					+ HtmlUtils.htmlEscape(detail) + "</p></section></main></body></html>");
		}
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}
}
