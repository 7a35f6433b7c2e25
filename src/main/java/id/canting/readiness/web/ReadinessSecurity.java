package id.canting.readiness.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import id.canting.shared.web.ModuleSecurity;

/**
 * Readiness: every signed-in user reads the questionnaires, only admins write them; the verification
 * queue is for officers and admins. Who may read or fill an IKM's assessment (its owner, the officer
 * of its province, admins) is decided by the module on each record.
 */
@Component
@Order(92)
class ReadinessSecurity implements ModuleSecurity {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.POST, "/api/v1/readiness/questionnaires", "/api/v1/readiness/questionnaires/**")
			.hasRole("ADMIN")
			.requestMatchers(HttpMethod.PUT, "/api/v1/readiness/questionnaires/**").hasRole("ADMIN");
	}

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/readiness/questionnaires", "/readiness/questionnaires/**").hasRole("ADMIN")
			.requestMatchers("/readiness/assessments").hasAnyRole("ADMIN", "OFFICER");
	}
}
