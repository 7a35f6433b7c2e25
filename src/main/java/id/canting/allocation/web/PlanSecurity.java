package id.canting.allocation.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import id.canting.shared.web.ModuleSecurity;

/**
 * The plan room's URL rules: planning and locks are for admins and officers, confirming for admins; the
 * plan is read by everyone who takes part (the service keeps each reader to what they may see).
 */
@Component
@Order(84)
class PlanSecurity implements ModuleSecurity {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.POST, "/api/v1/allocation/orders/*/plan/confirm").hasRole("ADMIN")
			.requestMatchers(HttpMethod.POST, "/api/v1/allocation/orders/*/plan").hasAnyRole("ADMIN", "OFFICER")
			.requestMatchers("/api/v1/allocation/orders/*/locks/*").hasAnyRole("ADMIN", "OFFICER");
	}

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.POST, "/allocation/orders/*/plan/confirm").hasRole("ADMIN")
			.requestMatchers(HttpMethod.POST, "/allocation/orders/*/plan", "/allocation/orders/*/plan/locks")
			.hasAnyRole("ADMIN", "OFFICER");
	}
}
