package id.canting.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The formatters for what people type into forms: rupiah amounts ({@link Rupiah}) and days
 * ({@link Day}), one rule each for every module, instead of parsing in controllers.
 */
@Configuration(proxyBeanMethods = false)
class InputFormatConfig implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldAnnotation(new RupiahFormatter.Factory());
		registry.addFormatterForFieldAnnotation(new DayFormatter.Factory());
	}
}
