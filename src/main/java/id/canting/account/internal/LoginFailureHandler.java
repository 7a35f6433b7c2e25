package id.canting.account.internal;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

import id.canting.account.LoginRefusedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Back to the login form with the reason, so the page can say it in the user's language. A throttled
 * attempt also carries {@code Retry-After}, as the token endpoint's 429 does, for clients that read it.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String target = "/login?error=bad";
		if (exception instanceof LoginRefusedException refused) {
			target = switch (refused.reason()) {
				case THROTTLED -> "/login?error=throttled&retryAfter=" + refused.retryAfterSeconds();
				case DISABLED -> "/login?error=disabled";
				case BAD_CREDENTIALS -> "/login?error=bad";
			};
			if (refused.reason() == LoginRefusedException.Reason.THROTTLED) {
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(refused.retryAfterSeconds()));
			}
		}
		response.sendRedirect(request.getContextPath() + target);
	}
}
