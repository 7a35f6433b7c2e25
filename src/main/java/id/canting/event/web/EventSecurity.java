package id.canting.event.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import id.canting.shared.web.ModuleSecurity;

/**
 * Events' public pages and reads are open to everyone (the controllers answer 404 for an event the
 * public may not see); organisers' pages under {@code /admin/events} and every change through the API
 * are for ADMIN. The rules name exact URLs, so that other parts of the event module (registration,
 * exhibitors) can add their own for deeper paths.
 */
@Component
@Order(65)
class EventSecurity implements ModuleSecurity {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/v1/events", "/api/v1/events/*", "/api/v1/events/*/sessions",
					"/api/v1/events/*/sessions/*")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/v1/events", "/api/v1/events/*/status", "/api/v1/events/*/sessions")
			.hasRole("ADMIN")
			.requestMatchers(HttpMethod.PUT, "/api/v1/events/*", "/api/v1/events/*/sessions/*")
			.hasRole("ADMIN")
			.requestMatchers(HttpMethod.DELETE, "/api/v1/events/*/sessions/*")
			.hasRole("ADMIN");
	}

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/admin/events", "/admin/events/**").hasRole("ADMIN")
			.requestMatchers(HttpMethod.GET, "/events", "/events/*").permitAll();
	}
}
