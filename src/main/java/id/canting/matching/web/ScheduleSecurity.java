package id.canting.matching.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import id.canting.shared.web.ModuleSecurity;

/**
 * The schedule's URL rules, before the module's general ones: arranging the schedule, adding, changing and
 * removing sessions and
 * locking meetings are the organiser's (ADMIN); reading the sessions and marking unavailability fall under
 * {@link MatchingSecurity}'s participants' rule, and the facades decide whose.
 */
@Component
@Order(84)
class ScheduleSecurity implements ModuleSecurity {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/api/v1/events/*/matching/schedule", "/api/v1/events/*/matching/meetings/*/lock",
				"/api/v1/events/*/matching/meetings/*/unlock").hasRole("ADMIN")
			.requestMatchers(HttpMethod.POST, "/api/v1/events/*/matching/sessions").hasRole("ADMIN")
			.requestMatchers(HttpMethod.PUT, "/api/v1/events/*/matching/sessions/*").hasRole("ADMIN")
			.requestMatchers(HttpMethod.DELETE, "/api/v1/events/*/matching/sessions/*").hasRole("ADMIN");
	}

}
