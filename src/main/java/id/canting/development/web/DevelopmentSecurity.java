package id.canting.development.web;

import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import id.canting.shared.web.ModuleSecurity;

/**
 * Sentra development is for officials: officers and admins read every page and API (the facade lets
 * only the sentra's province's officer or an admin change a sentra), only admins set the score's
 * weights. Ordered before statistics (40), whose rule opens every GET under {@code /api/v1/statistics/**}
 * to the public: the development statistics are not public.
 */
@Component
@Order(35)
class DevelopmentSecurity implements ModuleSecurity {

	private static final String[] OFFICIALS = { "ADMIN", "OFFICER" };

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/api/v1/sentra-development/weights").hasRole("ADMIN")
			.requestMatchers("/api/v1/statistics/sentra-development", "/api/v1/statistics/sentra-development/**",
					"/api/v1/sentra-development/**", "/api/v1/sentra/*/facilities", "/api/v1/sentra/*/development",
					"/api/v1/sentra/*/location", "/api/v1/sentra/*/needs", "/api/v1/sentra/*/needs/**",
					"/api/v1/sentra/*/projects", "/api/v1/sentra/*/photos", "/api/v1/sentra/*/photos/**")
			.hasAnyRole(OFFICIALS);
	}

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/sentra-development/weights").hasRole("ADMIN")
			.requestMatchers("/sentra-development", "/sentra-development/**", "/sentra/*/development",
					"/sentra/*/development/**")
			.hasAnyRole(OFFICIALS);
	}
}
