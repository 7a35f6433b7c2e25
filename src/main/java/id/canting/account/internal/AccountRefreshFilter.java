package id.canting.account.internal;

import java.io.IOException;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import id.canting.account.AccountId;
import id.canting.account.AccountPrincipal;
import id.canting.account.AccountSessions;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A session holds the account as it was at login. Each page request re-reads it (one lookup by
 * key), so a disabled account is signed out at once and a changed role or scope applies at once.
 */
@Component
class AccountRefreshFilter extends OncePerRequestFilter {

	private final AccountSessions sessions;

	AccountRefreshFilter(AccountSessions sessions) {
		this.sessions = sessions;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			var current = sessions.current(new AccountId(principal.accountId()));
			if (current.isEmpty()) {
				SecurityContextHolder.clearContext();
				var session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
			else if (!current.get().actor().equals(principal.actor())) {
				SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
					.authenticated(current.get(), null, current.get().getAuthorities()));
			}
		}
		chain.doFilter(request, response);
	}
}
