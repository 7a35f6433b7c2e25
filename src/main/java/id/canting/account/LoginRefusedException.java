package id.canting.account;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in was refused. {@code reason} says why in a way the user may be told: bad credentials
 * (never which of the two was wrong), a disabled account, or too many failed attempts (with the
 * seconds to wait).
 */
public class LoginRefusedException extends AuthenticationException {

	public enum Reason {
		BAD_CREDENTIALS, DISABLED, THROTTLED
	}

	private final Reason reason;
	private final long retryAfterSeconds;

	LoginRefusedException(Reason reason, long retryAfterSeconds) {
		super(reason.name());
		this.reason = reason;
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public Reason reason() {
		return reason;
	}

	/** For THROTTLED: how long until attempts are accepted again. */
	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
