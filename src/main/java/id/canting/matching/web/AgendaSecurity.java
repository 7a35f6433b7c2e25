package id.canting.matching.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import id.canting.shared.web.ModuleSecurity;

/**
 * The agenda room's URLs. Agendas (page, PDF, ICS, JSON) need a sign-in as a role that can take part
 * or look on — the facade then allows the participant themself, organisers and officers of a seller's
 * province; assessors have no part (403). The grid is the organisers'. The meeting points are public
 * (the facade answers 404 for an event the public may not see). Its own order before the module's other
 * rules, so its narrower rules are met first.
 */
@Component
@Order(84)
class AgendaSecurity implements ModuleSecurity {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/v1/events/*/matching/grid").hasRole("ADMIN")
			.requestMatchers(HttpMethod.GET, "/api/v1/events/*/matching/agenda", "/api/v1/events/*/matching/agenda.pdf",
					"/api/v1/events/*/matching/agenda.ics")
			.hasAnyRole("ADMIN", "OFFICER", "IKM_OWNER", "BUYER");
	}

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/events/*/matching/meeting-points").permitAll()
			.requestMatchers(HttpMethod.GET, "/admin/events/*/matching/grid").hasRole("ADMIN")
			.requestMatchers(HttpMethod.GET, "/events/*/matching/agenda", "/events/*/matching/agenda.pdf",
					"/events/*/matching/agenda.ics")
			.hasAnyRole("ADMIN", "OFFICER", "IKM_OWNER", "BUYER");
	}
}
