package id.canting.certification.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Limits how often one client address may ask the public verification (API {@code /api/v1/verify/**},
 * pages {@code /v/*} and {@code /verify}), so nobody walks through the numbers of the register:
 * at most {@code canting.verify.rate-limit.requests} per {@code canting.verify.rate-limit.window} per
 * address, then 429 with Retry-After until the window ends.
 *
 * <p>The client address is {@link HttpServletRequest#getRemoteAddr()}: the peer of the connection.
 * This filter never reads X-Forwarded-For itself, which any client can forge. Behind a reverse proxy,
 * set {@code server.forward-headers-strategy=native} and {@code server.tomcat.remoteip.internal-proxies}
 * to the proxy's address: Tomcat then takes the client from the header only when the proxy sent it.
 *
 * <p>Counts are kept per node, in memory (a fixed window per address); with n nodes behind a load
 * balancer a client gets at most n times the limit, which still stops enumeration. The table is
 * bounded: expired windows are dropped when it grows past {@code max-clients}.
 */
@Component
public class VerifyRateLimit extends OncePerRequestFilter {

	private final Clock clock;
	private final MessageSource messages;
	private final LocaleResolver locales;
	private final JsonMapper json;
	private final int maxClients;
	private final Map<String, Window> windows = new ConcurrentHashMap<>();
	private volatile int limit;
	private volatile long windowMillis;

	VerifyRateLimit(Clock clock, MessageSource messages, LocaleResolver locales, JsonMapper json,
			@Value("${canting.verify.rate-limit.requests:120}") int limit,
			@Value("${canting.verify.rate-limit.window:1m}") Duration window,
			@Value("${canting.verify.rate-limit.max-clients:100000}") int maxClients) {
		this.clock = clock;
		this.messages = messages;
		this.locales = locales;
		this.json = json;
		this.maxClients = maxClients;
		limit(limit, window);
	}

	/** Changes the limit at run time (tests) and forgets all counts. */
	public void limit(int requests, Duration window) {
		this.limit = requests;
		this.windowMillis = window.toMillis();
		windows.clear();
	}

	public int limit() {
		return limit;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.startsWith("/api/v1/verify/") || path.startsWith("/v/") || path.equals("/verify"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long wait = secondsToWait(request.getRemoteAddr());
		if (wait == 0) {
			chain.doFilter(request, response);
			return;
		}
		refuse(request, response, wait);
	}

	/** Counts one request of this address; 0 when allowed, else the seconds until its window ends. */
	long secondsToWait(String address) {
		long now = clock.millis();
		long length = windowMillis;
		if (windows.size() >= maxClients) {
			windows.values().removeIf(w -> now - w.start >= length);
			if (windows.size() >= maxClients) {
				windows.clear(); // a flood from very many addresses: start afresh rather than grow
			}
		}
		Window window = windows.compute(address, (key, old) -> old == null || now - old.start >= length ? new Window(now) : old);
		if (window.count.incrementAndGet() <= limit) {
			return 0;
		}
		return Math.max(1, (window.start + length - now + 999) / 1000);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, long wait) throws IOException {
		// the language switch (?lang=) is read by an MVC interceptor, which a refused request never reaches
		String lang = request.getParameter("lang");
		Locale locale = "en".equals(lang) ? Locale.ENGLISH
				: "id".equals(lang) ? Locale.forLanguageTag("id") : locales.resolveLocale(request);
		String title = messages.getMessage("verify.rate-limit.title", null, locale);
		String detail = messages.getMessage("verify.rate-limit.detail", new Object[] { wait }, locale);
		response.setStatus(429);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
		response.setCharacterEncoding("UTF-8");
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", "about:blank");
			problem.put("title", title);
			problem.put("status", 429);
			problem.put("detail", detail);
			problem.put("retryAfterSeconds", wait);
			response.setContentType("application/problem+json");
			response.getWriter().write(json.writeValueAsString(problem));
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

	private static final class Window {

		final long start;
		final AtomicInteger count = new AtomicInteger();

		Window(long start) {
			this.start = start;
		}
	}
}
