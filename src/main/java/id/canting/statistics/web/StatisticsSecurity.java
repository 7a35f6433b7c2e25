package id.canting.statistics.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import id.canting.shared.web.ModuleSecurity;

/**
 * The dashboards' figures and open data are public, except the fact sheet, which includes export
 * figures that only signed-in readers see.
 */
@Component
@Order(40)
class StatisticsSecurity implements ModuleSecurity {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		// before the public statistics/** below
		rules.requestMatchers("/api/v1/statistics/fact-sheet").authenticated()
			.requestMatchers(HttpMethod.GET, "/api/v1/statistics/**", "/api/v1/open-data/**").permitAll();
	}

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/", "/statistics/industry", "/open-data").permitAll();
	}
}
