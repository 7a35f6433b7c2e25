package id.canting.account.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import id.canting.account.AccountPrincipal;
import id.canting.account.LoginService;

/** The login form's check: the same {@link LoginService} as the token endpoint, with its throttling. */
@Component
class FormLoginProvider implements AuthenticationProvider {

	private final LoginService login;

	FormLoginProvider(LoginService login) {
		this.login = login;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : "unknown";
		AccountPrincipal principal = login.authenticate(authentication.getName(),
				String.valueOf(authentication.getCredentials()), address);
		principal.eraseCredentials();
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
