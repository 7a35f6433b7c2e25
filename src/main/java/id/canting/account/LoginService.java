package id.canting.account;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import id.canting.account.LoginRefusedException.Reason;

/**
 * Checks a username and password for the login form and the token endpoint alike: throttled first,
 * then the password, then whether the account may sign in. Every attempt is recorded and published.
 */
@Service
public class LoginService {


	private final AccountRepository accounts;
	private final PasswordEncoder passwords;
	private final LoginThrottle throttle;
	private final ApplicationEventPublisher events;
	/** Compared against when the username is unknown, so both cases take the same time. */
	private final String noSuchUserHash;

	LoginService(AccountRepository accounts, PasswordEncoder passwords, LoginThrottle throttle,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.throttle = throttle;
		this.events = events;
		this.noSuchUserHash = passwords.encode(java.util.UUID.randomUUID().toString());
	}

	/**
	 * @return the signed-in principal
	 * @throws LoginRefusedException saying why, without telling whether the username exists
	 */
	public AccountPrincipal authenticate(String username, String password, String clientAddress) {
		String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
		long wait = throttle.secondsToWait(name, clientAddress);
		if (wait > 0) {
			events.publishEvent(new LoginFailed(name, clientAddress, Reason.THROTTLED.name()));
			throw new LoginRefusedException(Reason.THROTTLED, wait);
		}
		var account = accounts.findByUsername(name);
		boolean matches = passwords.matches(password == null ? "" : password,
				account.map(UserAccount::passwordHash).orElse(noSuchUserHash));
		if (account.isEmpty() || !matches) {
			throttle.record(name, clientAddress, false);
			events.publishEvent(new LoginFailed(name, clientAddress, Reason.BAD_CREDENTIALS.name()));
			throw new LoginRefusedException(Reason.BAD_CREDENTIALS, 0);
		}
		if (!account.get().enabled()) {
			events.publishEvent(new LoginFailed(name, clientAddress, Reason.DISABLED.name()));
			throw new LoginRefusedException(Reason.DISABLED, 0);
		}
		throttle.record(name, clientAddress, true);
		events.publishEvent(new LoginSucceeded(name, clientAddress));
		return AccountPrincipal.of(account.get());
	}
}
