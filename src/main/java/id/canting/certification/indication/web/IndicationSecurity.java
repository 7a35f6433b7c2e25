package id.canting.certification.indication.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import id.canting.shared.web.ModuleSecurity;

/** Geographical indications are public records; only admins create one. */
@Component
@Order(61)
class IndicationSecurity implements ModuleSecurity {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/v1/ig", "/api/v1/ig/*").permitAll();
	}

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		// before the public GET /ig/* below
		rules.requestMatchers("/ig/new").hasRole("ADMIN")
			.requestMatchers(HttpMethod.GET, "/ig", "/ig/*").permitAll();
	}
}
