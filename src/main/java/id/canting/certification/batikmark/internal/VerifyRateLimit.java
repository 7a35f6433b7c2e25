package id.canting.certification.batikmark.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
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
 * <p>Counts are kept per node, in memory: a Bucket4j bucket per address holding {@code requests}
 * tokens, all given back at once each {@code window} (an interval refill: a fixed window, not a
 * trickle, so Retry-After is the time to the window's end, as a client reads it). With n nodes behind a
 * load balancer a client gets at most n times the limit, which still stops enumeration. The buckets
 * live in a Caffeine cache bounded to {@code max-clients} addresses: an address idle for a whole window
 * is dropped (its bucket would be full again, so nothing is lost), and past the bound Caffeine evicts
 * the addresses seen least, so a flood from very many addresses cannot grow the memory nor wipe the
 * count of one busy address.
 */
@Component
public class VerifyRateLimit extends OncePerRequestFilter {

	private final MessageSource messages;
	private final LocaleResolver locales;
	private final JsonMapper json;
	private final int maxClients;
	private final TimeMeter time;
	private volatile Limits limits;

	VerifyRateLimit(Clock clock, MessageSource messages, LocaleResolver locales, JsonMapper json,
			@Value("${canting.verify.rate-limit.requests:120}") int limit,
			@Value("${canting.verify.rate-limit.window:1m}") Duration window,
			@Value("${canting.verify.rate-limit.max-clients:100000}") int maxClients) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
		this.maxClients = maxClients;
		// on the application's clock, so tests can move time past a window
		this.time = new TimeMeter() {
			@Override
			public long currentTimeNanos() {
				return clock.millis() * 1_000_000L;
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}
		};
		limit(limit, window);
	}

	/** Changes the limit at run time (tests) and forgets all counts. */
	public void limit(int requests, Duration window) {
		Ticker ticker = () -> time.currentTimeNanos();
		Cache<String, Bucket> buckets = Caffeine.newBuilder()
			.maximumSize(maxClients)
			.expireAfterAccess(window)
			.ticker(ticker)
			.build();
		Bandwidth bandwidth = Bandwidth.builder().capacity(requests).refillIntervally(requests, window).build();
		this.limits = new Limits(requests, bandwidth, buckets);
	}

	public int limit() {
		return limits.requests();
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
		Limits current = limits;
		Bucket bucket = current.buckets().get(address,
				key -> Bucket.builder().addLimit(current.bandwidth()).withCustomTimePrecision(time).build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			return 0;
		}
		long nanos = probe.getNanosToWaitForRefill();
		return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
	}

	/** How many addresses are tracked now, after pending evictions (tests of the memory bound). */
	long addressesTracked() {
		Cache<String, Bucket> buckets = limits.buckets();
		buckets.cleanUp();
		return buckets.estimatedSize();
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

	/** One setting of the limit with its buckets, swapped as a whole when the limit changes. */
	private record Limits(int requests, Bandwidth bandwidth, Cache<String, Bucket> buckets) {
	}
}
