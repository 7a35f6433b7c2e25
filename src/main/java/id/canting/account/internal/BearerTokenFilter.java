package id.canting.account.internal;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import id.canting.account.ApiTokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signs in an API request that carries {@code Authorization: Bearer <token>}. A token that is
 * unknown, expired or revoked is answered 401 at once, even on public endpoints, so a client learns
 * that its token no longer works.
 * <p>
 * The sign-in is also kept in the request ({@link #CONTEXTS}, the API chain's context repository), as
 * Spring Security's own bearer filter does: a streamed download finishes in an async dispatch of the
 * same request, which runs the chain again without this filter, and would otherwise be refused after
 * its body was sent (the client then sees the response cut short).
 */
@Component
class BearerTokenFilter extends OncePerRequestFilter {

	/** Where the API chain keeps a request's sign-in, for its async and error dispatches too. */
	static final SecurityContextRepository CONTEXTS = new RequestAttributeSecurityContextRepository();

	private final ApiTokens tokens;
	private final ProblemResponses problems;

	BearerTokenFilter(ApiTokens tokens, ProblemResponses problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		var principal = tokens.authenticate(header.substring(7).strip());
		if (principal.isEmpty()) {
			problems.write(request, response, HttpStatus.UNAUTHORIZED, "invalid-token", "problem.unauthorized.title",
					"problem.invalid-token.detail", 0);
			return;
		}
		var authentication = UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
				principal.get().getAuthorities());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		CONTEXTS.saveContext(context, request, response);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
