package id.canting.event.report.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import id.canting.shared.web.ModuleSecurity;

/**
 * An event's summary (JSON) is open to everyone: the facade answers 404 to the public for an event it
 * may not see. The organisers' dashboard, the report page and the report files are for ADMIN.
 */
@Component
@Order(66)
class EventReportSecurity implements ModuleSecurity {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/v1/events/*/summary").permitAll()
			.requestMatchers(HttpMethod.GET, "/api/v1/events/*/report").hasRole("ADMIN");
	}

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/events/*/dashboard", "/events/*/report", "/events/*/report/download")
			.hasRole("ADMIN");
	}
}
