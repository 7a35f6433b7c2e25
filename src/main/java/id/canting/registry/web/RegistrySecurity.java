package id.canting.registry.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import id.canting.shared.web.ModuleSecurity;

/**
 * The public catalogue and the sentra pages are open to anyone; the registry itself needs a sign-in,
 * and only officers and admins add IKM or sentra.
 */
@Component
@Order(30)
class RegistrySecurity implements ModuleSecurity {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/v1/catalogue/**", "/api/v1/sentra", "/api/v1/sentra/*").permitAll();
	}

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		// the public GET /sentra/* comes first, so only posting a new sentra is restricted here
		rules.requestMatchers(HttpMethod.GET, "/catalogue", "/catalogue/*", "/sentra", "/sentra/*", "/sentra/options")
			.permitAll()
			.requestMatchers("/ikm/new", "/sentra/new").hasAnyRole("ADMIN", "OFFICER");
	}
}
