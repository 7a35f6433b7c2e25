package id.canting.account;

import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * spring-security-test's {@code csrf()} request post-processor replaces the CSRF filter's token
 * repository, for the rest of the run, with a session-based one of its own. Tests of how the real
 * one behaves (a cookie, no session) put it back first.
 */
final class ProductionCsrf {

	private ProductionCsrf() {
	}

	static void restore(FilterChainProxy chains, CsrfTokenRepository production) {
		chains.getFilterChains().forEach(chain -> chain.getFilters().stream()
			.filter(CsrfFilter.class::isInstance)
			.forEach(filter -> ReflectionTestUtils.setField(filter, "tokenRepository", production)));
	}
}
