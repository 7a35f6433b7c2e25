package id.canting.account.web;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * How long a throttled sign-in must wait, in words: seconds while the back-off is short (the first
 * waits are 1, 2, 4 … seconds), whole minutes (rounded up) once it is long.
 */
final class LoginWait {

	static final long MINUTES_FROM = 120;
	/** A wait in the login page's address is only displayed, but nobody is told to wait beyond a day. */
	static final long LONGEST = 24 * 60 * 60;

	private LoginWait() {
	}

	static String text(long seconds, MessageSource messages, Locale locale) {
		long wait = Math.min(Math.max(1, seconds), LONGEST);
		return wait < MINUTES_FROM ? messages.getMessage("login.wait.seconds", new Object[] { wait }, locale)
				: messages.getMessage("login.wait.minutes", new Object[] { (wait + 59) / 60 }, locale);
	}
}
