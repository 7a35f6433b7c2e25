package id.canting.programme.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import id.canting.shared.web.ModuleSecurity;

/**
 * Programmes, their pages and reimbursement quotes are public (a quote saves nothing and the rate
 * tables are public); the dashboard is for ministry staff and officers, and only admins create
 * programmes. The narrower rules come before the public {@code programmes/*} pattern they fall under.
 */
@Component
@Order(50)
class ProgrammeSecurity implements ModuleSecurity {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/api/v1/programmes/dashboard").authenticated()
			.requestMatchers(HttpMethod.GET, "/api/v1/programmes", "/api/v1/programmes/*").permitAll()
			.requestMatchers(HttpMethod.POST, "/api/v1/programmes/*/reimbursement-quote").permitAll();
	}

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/programmes/new").hasRole("ADMIN")
			.requestMatchers("/programmes/dashboard").authenticated()
			.requestMatchers(HttpMethod.GET, "/programmes", "/programmes/*", "/programmes/*/quote").permitAll();
	}
}
