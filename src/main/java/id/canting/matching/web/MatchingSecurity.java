package id.canting.matching.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import id.canting.shared.web.ModuleSecurity;

/**
 * Business matching's URL rules. Anyone may sign up as a buyer and open an event's matching page (which
 * invites them to sign up or sign in); the settings and rules are the organiser's; the rest is for those
 * who take part or look after it (ADMIN, OFFICER, IKM_OWNER, BUYER) — the facades decide whose records
 * each may read or change. Assessors have no part. The organiser's pages are under {@code /admin/events},
 * already the admins'. Other rooms of the module add their narrower rules (e.g. a public page) in their
 * own {@link ModuleSecurity} with a lower order, so they come first.
 */
@Component
@Order(85)
class MatchingSecurity implements ModuleSecurity {

	private static final String[] PARTICIPANTS = { "ADMIN", "OFFICER", "IKM_OWNER", "BUYER" };

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.POST, "/api/v1/events/*/matching/buyers").permitAll()
			.requestMatchers(HttpMethod.GET, "/api/v1/events/*/matching/settings").hasAnyRole(PARTICIPANTS)
			.requestMatchers("/api/v1/events/*/matching/settings", "/api/v1/events/*/matching/blocked-pairs",
					"/api/v1/events/*/matching/blocked-pairs/**", "/api/v1/events/*/matching/type-rules/**",
					"/api/v1/events/*/matching/participants/exhibitors",
					"/api/v1/events/*/matching/participants/*/approve",
					"/api/v1/events/*/matching/participants/*/reject", "/api/v1/events/*/matching/participants/*/cap")
			.hasRole("ADMIN")
			.requestMatchers("/api/v1/events/*/matching", "/api/v1/events/*/matching/**").hasAnyRole(PARTICIPANTS);
	}

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/events/*/matching/buyers/new").permitAll()
			.requestMatchers(HttpMethod.GET, "/events/*/matching").permitAll()
			.requestMatchers("/events/*/matching", "/events/*/matching/**").hasAnyRole(PARTICIPANTS);
	}
}
