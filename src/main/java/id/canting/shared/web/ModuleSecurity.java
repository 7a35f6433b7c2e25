package id.canting.shared.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's own URL rules, declared in its {@code web} package next to the controllers they guard,
 * so that a new page and who may open it are changed in one room.
 * <p>
 * The security chains (in {@code account}) apply them in this order, first match wins: the chain's
 * own leading rules (static files, actuator, API documents), then every module's rules in the order
 * of their {@link org.springframework.core.annotation.Order @Order} (each module's in the order it
 * adds them), then the closing rule that everything else needs a sign-in. A module's rules name only
 * the URLs its own controllers serve, so the order between modules never decides an answer; the order
 * within a module does (a narrower rule before a wider one).
 */
public interface ModuleSecurity {

	/** Rules for {@code /api/**} (stateless, bearer tokens). */
	default void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
	}

	/** Rules for pages (form login, sessions). */
	default void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
	}
}
