package id.canting.shared.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Canting's static files, each folder under its own address, instead of Spring Boot's catch-all
 * {@code /**} (switched off with {@code spring.web.resources.add-mappings=false}). Every link a page
 * renders passes the resource URL encoding (which puts the webjars' versions into their addresses);
 * under {@code /**} each of them, {@code /ikm/12} as much as {@code /css/canting.css}, was looked for
 * as a file in four class-path locations, across every jar, and a miss is never cached: a quarter of
 * the server's time on a page with many links. Now only these addresses are static, and the rest are
 * never looked for. A new folder of {@code src/main/resources/static} needs its line here (and in
 * the security configuration's public paths).
 *
 * <p>A browser keeps these files and asks again with If-Modified-Since before each use (a 304 while
 * unchanged) instead of fetching them anew on every page under Spring Security's default no-store:
 * 1 MB of ECharts on every page. Never stale after an upgrade.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	static final List<String> FOLDERS = List.of("css", "js", "geo");

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		CacheControl revalidate = CacheControl.noCache();
		// htmx and ECharts: templates name them without a version, the resolver adds it
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(revalidate)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		for (String folder : FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(revalidate)
				.resourceChain(true);
		}
		registry.addResourceHandler("/favicon.*")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(revalidate)
			.resourceChain(true);
	}
}
