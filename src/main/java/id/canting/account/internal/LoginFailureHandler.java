package id.canting.account.internal;

import java.io.IOException;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

import id.canting.account.LoginRefusedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Back to the login form with the reason, so the page can say it in the user's language. */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String target = "/login?error=bad";
		if (exception instanceof LoginRefusedException refused) {
			target = switch (refused.reason()) {
				case THROTTLED -> "/login?error=throttled&minutes=" + Math.max(1, (refused.retryAfterSeconds() + 59) / 60);
				case DISABLED -> "/login?error=disabled";
				case BAD_CREDENTIALS -> "/login?error=bad";
			};
		}
		response.sendRedirect(request.getContextPath() + target);
	}
}
