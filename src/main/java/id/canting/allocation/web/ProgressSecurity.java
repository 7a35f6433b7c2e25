package id.canting.allocation.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import id.canting.shared.web.ModuleSecurity;

/**
 * The allocation's progress, re-allocation and dashboards: reports by owners, officers and admins (the
 * service decides whose IKM); re-allocation by admins and officers; dashboards and purchasing documents
 * for admins, officers and buyers (the service keeps a buyer to its orders); the owner's list of its
 * allocations. Assessors have no part.
 */
@Component
@Order(86)
class ProgressSecurity implements ModuleSecurity {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.POST, "/api/v1/allocation/orders/*/progress").hasAnyRole("ADMIN", "OFFICER", "IKM_OWNER")
			.requestMatchers(HttpMethod.GET, "/api/v1/allocation/orders/*/progress")
			.hasAnyRole("ADMIN", "OFFICER", "IKM_OWNER", "BUYER")
			.requestMatchers(HttpMethod.POST, "/api/v1/allocation/orders/*/reallocate").hasAnyRole("ADMIN", "OFFICER")
			.requestMatchers(HttpMethod.GET, "/api/v1/allocation/orders/*/dashboard", "/api/v1/allocation/dashboard",
					"/api/v1/allocation/orders/*/plan.xlsx")
			.hasAnyRole("ADMIN", "OFFICER", "BUYER");
	}

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/allocation/orders/*/progress").hasAnyRole("ADMIN", "OFFICER", "IKM_OWNER", "BUYER")
			.requestMatchers(HttpMethod.POST, "/allocation/orders/*/progress").hasAnyRole("ADMIN", "OFFICER", "IKM_OWNER")
			.requestMatchers(HttpMethod.POST, "/allocation/orders/*/reallocate").hasAnyRole("ADMIN", "OFFICER")
			.requestMatchers(HttpMethod.GET, "/allocation/my-allocations").hasRole("IKM_OWNER")
			.requestMatchers(HttpMethod.GET, "/allocation/dashboard", "/allocation/orders/*/dashboard",
					"/allocation/orders/*/plan.xlsx")
			.hasAnyRole("ADMIN", "OFFICER", "BUYER");
	}
}
