package id.canting.allocation.web;

import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import id.canting.shared.web.ModuleSecurity;

/**
 * Order allocation's URL rules: everything is for those who take part or look after it (ADMIN, OFFICER,
 * IKM_OWNER, BUYER); the facades decide whose orders, licences and capacities each may read or change
 * (ADMIN writes orders, officers their province's licences, owners their IKM's capacity). Assessors have
 * no part. Other rooms add narrower rules in their own {@link ModuleSecurity} with a lower order.
 */
@Component
@Order(90)
class AllocationSecurity implements ModuleSecurity {

	private static final String[] PARTICIPANTS = { "ADMIN", "OFFICER", "IKM_OWNER", "BUYER" };

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/api/v1/allocation", "/api/v1/allocation/**").hasAnyRole(PARTICIPANTS);
	}

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/allocation", "/allocation/**").hasAnyRole(PARTICIPANTS);
	}
}
