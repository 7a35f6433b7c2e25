package id.canting.account;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import id.canting.account.LoginBackOff.Limit;
import id.canting.account.LoginBackOff.Verdict;
import id.canting.account.LoginRefusedException.Reason;

/**
 * Checks a username and password for the login form and the token endpoint alike: throttled first,
 * then the password, then whether the account may sign in. Every attempt is recorded and published.
 */
@Service
public class LoginService {

	/** The reason recorded when the address, not the username, has to wait (credential stuffing). */
	static final String THROTTLED_ADDRESS = "THROTTLED_ADDRESS";

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
	 * Signs in with a username and password from a client address, throttled as
	 * {@link LoginBackOff} describes: a correct password from an address without recent failures for
	 * this username is never refused, whatever happens at other addresses.
	 *
	 * @return the signed-in principal
	 * @throws LoginRefusedException saying why, without telling whether the username exists; when
	 *         THROTTLED, with the seconds to wait
	 */
	public AccountPrincipal authenticate(String username, String password, String clientAddress) {
		String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
		String address = clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress;
		long attempt = throttle.begin(name, address);
		Verdict verdict = throttle.check(attempt, name, address);
		if (verdict.refused()) {
			throttle.refused(attempt);
			events.publishEvent(new LoginFailed(name, address,
					verdict.limit() == Limit.ADDRESS ? THROTTLED_ADDRESS : Reason.THROTTLED.name()));
			throw new LoginRefusedException(Reason.THROTTLED, verdict.retryAfterSeconds());
		}
		var account = accounts.findByUsername(name);
		boolean matches = passwords.matches(password == null ? "" : password,
				account.map(UserAccount::passwordHash).orElse(noSuchUserHash));
		if (account.isEmpty() || !matches) {
			events.publishEvent(new LoginFailed(name, address, Reason.BAD_CREDENTIALS.name()));
			throttle.failed(name, account.isPresent()).ifPresent(events::publishEvent);
			throw new LoginRefusedException(Reason.BAD_CREDENTIALS, 0);
		}
		// the password was right: whoever typed it is no guesser, even if the account is disabled
		throttle.succeeded(attempt);
		if (!account.get().enabled()) {
			events.publishEvent(new LoginFailed(name, address, Reason.DISABLED.name()));
			throw new LoginRefusedException(Reason.DISABLED, 0);
		}
		events.publishEvent(new LoginSucceeded(name, address));
		return AccountPrincipal.of(account.get());
	}
}
