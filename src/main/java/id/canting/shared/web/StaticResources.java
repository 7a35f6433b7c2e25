package id.canting.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Canting's static files, each folder under its own address, instead of Spring Boot's catch-all
 * {@code /**} (switched off with {@code spring.web.resources.add-mappings=false}). Every link a page
 * renders passes the resource URL encoding; under {@code /**} each of them, {@code /ikm/12} as much as
 * {@code /css/canting.css}, was looked for as a file in four class-path locations, across every jar,
 * and a miss is never cached: a quarter of the server's time on a page with many links. Now only these
 * addresses are static, and the rest are never looked for. A new folder of
 * {@code src/main/resources/static} needs its line here (and in the security configuration's public
 * paths).
 *
 * <p>Versioned addresses: the URL encoding puts a hash of the file's content into the address of
 * Canting's own files ({@code /css/canting-5d41….css}) and the webjar's version into a webjar's
 * ({@code /webjars/echarts/5.6.0/…}), so a new release changes the address. Those addresses are kept
 * by browsers and proxies for a year without asking again ({@link #VERSIONED}); an address without a
 * version (a hand-written link, an error page's stylesheet) is kept but asked again each time with
 * If-Modified-Since (a 304 while unchanged), never stale after an upgrade.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	static final List<String> FOLDERS = List.of("css", "js", "geo");
	static final CacheControl VERSIONED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
	static final CacheControl UNVERSIONED = CacheControl.noCache();
	/** A content hash before the extension, as {@link VersionResourceResolver}'s content strategy writes it. */
	private static final Pattern CONTENT_HASH = Pattern.compile(".*-[0-9a-f]{32}\\.[A-Za-z0-9]+$");
	/** A webjar's address with its version: {@code /webjars/{name}/{version starting with a digit}/...}. */
	private static final Pattern WEBJAR_VERSION = Pattern.compile("^/webjars/[^/]+/\\d[^/]*/.+");

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// htmx and ECharts: templates name them without a version, the resolver adds it
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		for (String folder : FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
		registry.addResourceHandler("/favicon.*")
			.addResourceLocations("classpath:/static/")
			.resourceChain(true);
	}

	/** Cache-Control by address: the resource handlers above set none, so this one decides. */
	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				String path = request.getRequestURI().substring(request.getContextPath().length());
				response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl(path).getHeaderValue());
				return true;
			}
		}).addPathPatterns("/webjars/**", "/css/**", "/js/**", "/geo/**", "/favicon.*");
	}

	static CacheControl cacheControl(String path) {
		return CONTENT_HASH.matcher(path).matches() || WEBJAR_VERSION.matcher(path).matches() ? VERSIONED
				: UNVERSIONED;
	}
}
