package id.canting.account;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The account behind a session as it is now, so sessions follow role, scope and disabling at once. */
@Service
@Transactional(readOnly = true)
public class AccountSessions {

	private final AccountRepository accounts;

	AccountSessions(AccountRepository accounts) {
		this.accounts = accounts;
	}

	/** The principal of the enabled account with this username, e.g. to act as it in tests or jobs. */
	public Optional<AccountPrincipal> principalOf(String username) {
		return accounts.findByUsername(username).map(account -> new AccountId(account.id())).flatMap(this::current);
	}

	/** The principal for this account now, or empty when it no longer exists or was disabled. */
	public Optional<AccountPrincipal> current(AccountId accountId) {
		return accounts.findById(accountId.value()).filter(UserAccount::enabled).map(account -> {
			AccountPrincipal principal = AccountPrincipal.of(account);
			principal.eraseCredentials();
			return principal;
		});
	}
}
