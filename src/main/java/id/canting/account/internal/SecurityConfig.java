package id.canting.account.internal;

import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;

import id.canting.shared.web.ModuleSecurity;

/**
 * Who may reach which URL before any controller runs. Two chains: {@code /api/**} and
 * {@code /actuator/**} are stateless and take bearer tokens (no cookies, so no CSRF); pages use form
 * login with sessions in the database (made at sign-in, never for anonymous visitors) and CSRF tokens
 * in a cookie. Which URLs are public or need a role is each module's {@link ModuleSecurity}, next to its
 * controllers; here are only the rules of no module (static files, actuator, API documents) and the
 * closing rule that anything else needs a sign-in. Finer rules (an officer's province, an owner's IKM)
 * are checked in each module's facade, so pages and the API obey the same rules.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	/** No inline scripts or styles anywhere; frames refused. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt by default, with the {id} prefix so the algorithm can change without a migration
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** The filters run inside the security chains only, not a second time as plain servlet filters. */
	@Bean
	FilterRegistrationBean<BearerTokenFilter> bearerFilterOnlyInChain(BearerTokenFilter filter) {
		FilterRegistrationBean<BearerTokenFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	FilterRegistrationBean<AccountRefreshFilter> refreshFilterOnlyInChain(AccountRefreshFilter filter) {
		FilterRegistrationBean<AccountRefreshFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, BearerTokenFilter bearer, ProblemResponses problems,
			List<ModuleSecurity> modules) throws Exception {
		http.securityMatcher("/api/**", "/actuator/**")
			.authorizeHttpRequests(requests -> {
				requests.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
					// metrics for a Prometheus scraper holding an admin's personal token
					.requestMatchers("/actuator/**").hasRole("ADMIN");
				modules.forEach(module -> module.api(requests));
				requests.anyRequest().authenticated();
			})
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// the bearer filter's sign-in, found again by the async dispatch that finishes a streamed download
			.securityContext(context -> context.securityContextRepository(BearerTokenFilter.CONTEXTS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.addFilterBefore(bearer, UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems::unauthorized)
				.accessDeniedHandler(problems::forbidden));
		headers(http);
		return http.build();
	}

	/**
	 * The CSRF token in an HttpOnly cookie instead of the session (forms carry it as a hidden field,
	 * htmx from the page's meta tag), Secure whenever the request is HTTPS, as the session cookie is.
	 */
	@Bean
	CsrfTokenRepository csrfTokenRepository() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		return tokens;
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, FormLoginProvider formLogin, LoginFailureHandler failures,
			AccountRefreshFilter refresh, CsrfTokenRepository csrfTokens, List<ModuleSecurity> modules)
			throws Exception {
		http.authorizeHttpRequests(requests -> {
			requests.requestMatchers("/css/**", "/js/**", "/geo/**", "/webjars/**", "/favicon.ico", "/favicon.svg", "/error").permitAll()
				.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll();
			modules.forEach(module -> module.pages(requests));
			requests.anyRequest().authenticated();
		})
			// the form's own manager, without the global one as parent: a refused sign-in is not tried a
			// second time there (which counted every wrong password twice for throttling)
			.authenticationManager(new ProviderManager(formLogin))
			// each role starts at its home (the workspace module), unless sign-in interrupted a deep link
			.formLogin(login -> login.loginPage("/login").failureHandler(failures).defaultSuccessUrl("/home", false))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut"))
			.rememberMe(rememberMe -> rememberMe.disable())
			// anonymous visitors get no server-side session (issue 12): the CSRF token and the page to return
			// to after sign-in travel in cookies; a session row is written only at sign-in
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
			.requestCache(cache -> cache.requestCache(new CookieRequestCache()))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.addFilterAfter(refresh, org.springframework.security.web.context.SecurityContextHolderFilter.class);
		headers(http);
		return http.build();
	}

	private static void headers(HttpSecurity http) throws Exception {
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			// only on HTTPS requests (directly, or behind a TLS proxy through server.forward-headers-strategy)
			.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true))
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
	}
}
