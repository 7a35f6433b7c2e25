package id.canting.matching.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import id.canting.shared.web.ModuleSecurity;

/**
 * Recommendations are for the participants (buyers, IKM owners) and the organiser (admins); the service
 * decides whose. Officers and assessors have no part in them.
 */
@Component
@Order(84)
class RecommendationSecurity implements ModuleSecurity {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/v1/events/*/matching/recommendations")
			.hasAnyRole("ADMIN", "BUYER", "IKM_OWNER");
	}

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/events/*/matching/recommendations")
			.hasAnyRole("ADMIN", "BUYER", "IKM_OWNER");
	}
}
