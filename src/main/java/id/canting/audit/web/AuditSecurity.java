package id.canting.audit.web;

import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import id.canting.shared.web.ModuleSecurity;

/**
 * The audit trail's page is for admins; an IKM's own history ({@code /audit/history}) only needs a
 * sign-in, the facade deciding whose.
 */
@Component
@Order(70)
class AuditSecurity implements ModuleSecurity {

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/audit", "/audit/export").hasRole("ADMIN");
	}
}
