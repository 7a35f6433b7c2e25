package id.canting.shared.web.cache;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the public pages of {@link CacheablePages} to anonymous visitors from the copy rendered at
 * the current {@link PublicDataVersion}, instead of rendering them again. A profile of {@code /}
 * under load (JFR, issue 19) spent about 90% of its time in the Thymeleaf rendering and 6% reading
 * the figures: the figures were never the cost, turning them into HTML was.
 * <p>
 * Each request reads the version (one indexed single-row read), so a committed change shows on the
 * next request on every node; a copy is kept per address, query, language, {@code Accept} and htmx
 * headers. Answers carry a weak ETag of their body (a repeat visitor gets 304 without a render), are
 * gzipped once when the client accepts it, and say {@code Cache-Control: no-cache} (a browser or proxy
 * may keep them but asks again each time, so figures stay live) with {@code Vary} on what a copy
 * depends on. Signed-in visitors are never served nor stored here, nor is a request that chooses a
 * language ({@code ?lang=}, which sets a cookie). A response is stored only when it is a 200 that sets
 * no cookie and holds no CSRF token. When no database connection can be had for the version, the
 * request fails at once and the database outage filter answers 503; when the version cannot be read
 * for another reason, the request goes through as if there were no cache. Copies also expire after {@code canting.public-pages.max-age}, a
 * backstop for what no event announces (a day passing).
 * <p>
 * After the security chain (it must know who asks) and after the verification rate limit (a cached
 * label is still counted).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class PublicPageFilter extends OncePerRequestFilter {

	static final String CACHE_CONTROL = "no-cache";
	static final String VARY = "Cookie, Accept, Accept-Language, Accept-Encoding, HX-Request, HX-Target";
	/** Longer addresses are not links anyone shares; not worth a copy. */
	private static final int MAX_KEY = 1_000;
	private static final int MAX_BODY = 2 * 1024 * 1024;

	private final List<PathPattern> pages;
	private final PublicDataVersion versions;
	private final LocaleResolver locales;
	private final Cache<String, CachedPage> copies;

	PublicPageFilter(ObjectProvider<CacheablePages> modules, PublicDataVersion versions, LocaleResolver locales,
			@Value("${canting.public-pages.max-age:10m}") Duration maxAge,
			@Value("${canting.public-pages.max-bytes:67108864}") long maxBytes) {
		this.pages = modules.orderedStream()
			.flatMap(module -> module.paths().stream())
			.map(PathPatternParser.defaultInstance::parse)
			.toList();
		this.versions = versions;
		this.locales = locales;
		this.copies = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((String key, CachedPage page) -> page.weight())
			.expireAfterWrite(maxAge)
			.build();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())) {
			return true;
		}
		PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		return pages.stream().noneMatch(page -> page.matches(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// a request inside an open transaction (only a test's) may see uncommitted data: never stored
		if (!anonymous() || request.getParameter("lang") != null
				|| TransactionSynchronizationManager.isActualTransactionActive()) {
			chain.doFilter(request, response);
			return;
		}
		long version;
		try {
			version = versions.current();
		}
		catch (DataAccessResourceFailureException | TransientDataAccessResourceException outage) {
			// no connection: the outage filter answers 503 at once, instead of the page waiting for a second one
			throw outage;
		}
		catch (DataAccessException unreadable) {
			chain.doFilter(request, response);
			return;
		}
		Locale locale = locales.resolveLocale(request);
		String key = key(request, locale);
		if (key.length() > MAX_KEY) {
			chain.doFilter(request, response);
			return;
		}
		CachedPage page = copies.getIfPresent(key);
		if (page == null || page.version != version) {
			ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, rendered);
			page = storable(version, locale, rendered);
			if (page == null) {
				rendered.copyBodyToResponse();
				return;
			}
			copies.put(key, page);
		}
		write(request, response, page);
	}

	private static boolean anonymous() {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		return who == null || who instanceof AnonymousAuthenticationToken;
	}

	/** The parameters as the controllers read them (sorted: {@code ?a=1&b=2} and {@code ?b=2&a=1} are one page). */
	private static String key(HttpServletRequest request, Locale locale) {
		StringBuilder key = new StringBuilder(locale.getLanguage()).append('|')
			.append(header(request, HttpHeaders.ACCEPT)).append('|')
			.append(header(request, "HX-Request")).append('|')
			.append(header(request, "HX-Target")).append('|')
			.append(request.getRequestURI());
		new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
			for (String value : values) {
				key.append('&').append(name).append('=').append(value);
			}
		});
		return key.toString();
	}

	private static String header(HttpServletRequest request, String name) {
		String value = request.getHeader(name);
		return value == null ? "" : value;
	}

	/** The rendered response as a copy to keep, or null when it must not be shown to anyone else. */
	private static CachedPage storable(long version, Locale locale, ContentCachingResponseWrapper rendered) {
		String type = rendered.getContentType();
		byte[] body = rendered.getContentAsByteArray();
		if (rendered.getStatus() != HttpStatus.OK.value() || type == null || body.length > MAX_BODY
				|| !rendered.getHeaders(HttpHeaders.SET_COOKIE).isEmpty() || rendered.isCommitted()) {
			return null;
		}
		if (type.startsWith("text/html") && CachedPage.holdsCsrfToken(body)) {
			return null;
		}
		return new CachedPage(version, type, locale.toLanguageTag(),
				rendered.getHeader(HttpHeaders.CONTENT_DISPOSITION), body);
	}

	private static void write(HttpServletRequest request, HttpServletResponse response, CachedPage page)
			throws IOException {
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		response.setHeader(HttpHeaders.VARY, VARY);
		// Spring's If-None-Match check (weak comparison, lists, *): sets the ETag, and on a match answers 304
		if (new ServletWebRequest(request, response).checkNotModified(page.etag)) {
			return;
		}
		response.setStatus(HttpStatus.OK.value());
		response.setContentType(page.contentType);
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage);
		if (page.contentDisposition != null) {
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, page.contentDisposition);
		}
		byte[] body = page.body;
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (body.length >= CachedPage.GZIP_FROM && accepted != null && accepted.contains("gzip")) {
			body = page.gzip();
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}
}
