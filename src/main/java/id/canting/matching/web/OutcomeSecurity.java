package id.canting.matching.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import id.canting.shared.web.ModuleSecurity;

/**
 * The business matching's day, outcomes and KPIs: the KPIs (JSON, XLSX, dashboard) for organisers and
 * officers (aggregates and company names only); check-in for organisers (and under {@code /admin}, which
 * is the organisers' already); marks, walk-ins and outcomes for the participants and organisers, the
 * facades deciding which meeting is whose. Assessors have no part.
 */
@Component
@Order(84)
class OutcomeSecurity implements ModuleSecurity {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/v1/events/*/matching/summary", "/api/v1/events/*/matching/summary.xlsx")
			.hasAnyRole("ADMIN", "OFFICER")
			.requestMatchers(HttpMethod.POST, "/api/v1/events/*/matching/participants/*/check-in").hasRole("ADMIN")
			.requestMatchers(HttpMethod.POST, "/api/v1/events/*/matching/meetings/*/attendance",
					"/api/v1/events/*/matching/meetings/*/outcome", "/api/v1/events/*/matching/walk-ins")
			.hasAnyRole("ADMIN", "IKM_OWNER", "BUYER");
	}

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/events/*/matching/dashboard", "/events/*/matching/dashboard/summary.xlsx")
			.hasAnyRole("ADMIN", "OFFICER")
			.requestMatchers("/events/*/matching/outcomes", "/events/*/matching/outcomes/*")
			.hasAnyRole("ADMIN", "IKM_OWNER", "BUYER");
	}
}
