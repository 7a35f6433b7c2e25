package id.canting.event.exhibitor.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import id.canting.shared.web.ModuleSecurity;

/**
 * The public exhibitor list (and its fragment) is open to all; curation, criteria and booths are for
 * admins; applications need a sign-in, and the facades decide owner, officer or admin.
 */
@Component
@Order(81)
class ExhibitorSecurity implements ModuleSecurity {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/v1/events/*/exhibitors").permitAll()
			.requestMatchers("/api/v1/events/*/curation/**").hasRole("ADMIN")
			.requestMatchers(HttpMethod.PUT, "/api/v1/events/*/booths", "/api/v1/exhibitor-applications/*/booth",
					"/api/v1/exhibitor-applications/*/score")
			.hasRole("ADMIN")
			// applying is the owners', endorsing the officers', curating the admins'; assessors and buyers have no part
			.requestMatchers("/api/v1/events/*/exhibitor-applications", "/api/v1/exhibitor-applications",
					"/api/v1/exhibitor-applications/**", "/api/v1/events/*/booths")
			.hasAnyRole("ADMIN", "OFFICER", "IKM_OWNER");
	}

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/events/*/exhibitors").permitAll()
			.requestMatchers("/admin/events/*/curation", "/admin/events/*/curation/**", "/admin/events/*/booths",
					"/admin/events/*/booths/**")
			.hasRole("ADMIN")
			.requestMatchers("/events/*/exhibitor-application", "/events/*/exhibitor-application/**",
					"/events/*/exhibitor-applications", "/events/*/exhibitor-applications/**")
			.hasAnyRole("ADMIN", "OFFICER", "IKM_OWNER");
	}
}
