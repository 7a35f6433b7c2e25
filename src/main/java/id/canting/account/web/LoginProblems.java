package id.canting.account.web;

import java.net.URI;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import id.canting.account.LoginRefusedException;

/** A refused sign-in as Problem Details: 401 for bad credentials or a disabled account, 429 when throttled. */
@Component
class LoginProblems {

	private final MessageSource messages;

	LoginProblems(MessageSource messages) {
		this.messages = messages;
	}

	ProblemDetail of(LoginRefusedException e) {
		var locale = LocaleContextHolder.getLocale();
		HttpStatus status = e.reason() == LoginRefusedException.Reason.THROTTLED ? HttpStatus.TOO_MANY_REQUESTS
				: HttpStatus.UNAUTHORIZED;
		String key = switch (e.reason()) {
			case THROTTLED -> "login.error.throttled";
			case DISABLED -> "login.error.disabled";
			case BAD_CREDENTIALS -> "login.error.bad";
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(key, new Object[] { LoginWait.text(e.retryAfterSeconds(), messages, locale) }, locale));
		problem.setType(URI.create("urn:canting:problem:login-refused"));
		problem.setTitle(messages.getMessage("problem.login-refused.title", null, locale));
		return problem;
	}
}
