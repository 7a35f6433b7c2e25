package id.canting.event.registration.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import id.canting.shared.web.ModuleSecurity;

/**
 * Registering, the ticket page and cancelling need no account (the ticket code is the secret);
 * checking in and attendance are for staff (admins and officers); the registrants' personal data is
 * for the organisers (admins).
 */
@Component
@Order(79)
class RegistrationSecurity implements ModuleSecurity {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.POST, "/api/v1/events/*/sessions/*/registrations").permitAll()
			.requestMatchers(HttpMethod.GET, "/api/v1/tickets/*").permitAll()
			.requestMatchers(HttpMethod.DELETE, "/api/v1/events/*/registrations/*").permitAll()
			.requestMatchers("/api/v1/events/*/check-ins", "/api/v1/events/*/attendance").hasAnyRole("ADMIN", "OFFICER")
			.requestMatchers("/api/v1/events/*/registrations", "/api/v1/events/*/registrations/export").hasRole("ADMIN");
	}

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/events/*/sessions/*/register", "/tickets/*", "/tickets/*/cancel").permitAll()
			.requestMatchers("/events/*/check-in", "/events/*/attendance").hasAnyRole("ADMIN", "OFFICER")
			.requestMatchers("/events/*/registrants", "/events/*/registrants/export").hasRole("ADMIN");
	}
}
