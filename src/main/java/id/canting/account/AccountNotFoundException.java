package id.canting.account;

import id.canting.shared.NotFoundException;

/** No account has the id asked for. */
public class AccountNotFoundException extends NotFoundException {

	AccountNotFoundException(long id) {
		super("account.not-found", id);
	}
}
