package id.canting.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Checks of what a request carries that need Spring MVC's parsed request (multipart fields). */
@Configuration(proxyBeanMethods = false)
class InputChecksConfig implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new ControlCharacterInterceptor());
	}
}
