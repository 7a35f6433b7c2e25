package id.canting.certification.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import id.canting.shared.web.ModuleSecurity;

/**
 * Batikmark verification, its revocation list, the public register and geographical indications are
 * public records (issue 7); certification documents need a sign-in, and only admins create an
 * indication.
 */
@Component
@Order(60)
class CertificationSecurity implements ModuleSecurity {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/v1/ig", "/api/v1/ig/*").permitAll()
			.requestMatchers(HttpMethod.GET, "/api/v1/verify/**", "/api/v1/certificates").permitAll();
	}

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/verify", "/v/*", "/certificates").permitAll()
			// before the public GET /ig/* below
			.requestMatchers("/ig/new").hasRole("ADMIN")
			.requestMatchers(HttpMethod.GET, "/ig", "/ig/*").permitAll();
	}
}
