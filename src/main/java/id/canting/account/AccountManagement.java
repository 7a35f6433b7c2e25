package id.canting.account;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.region.Regions;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.FieldViolation;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.Role;

/**
 * Creates and changes accounts. Only administrators manage accounts; everyone may change their own
 * password. Every change is published as an event for the audit trail.
 */
@Service
@Transactional
public class AccountManagement {

	private final AccountRepository accounts;
	private final PasswordEncoder passwords;
	private final Regions regions;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final ApiTokens tokens;

	AccountManagement(AccountRepository accounts, PasswordEncoder passwords, Regions regions,
			ApplicationEventPublisher events, Clock clock, ApiTokens tokens) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.regions = regions;
		this.events = events;
		this.clock = clock;
		this.tokens = tokens;
	}

	/** An administrator creates an account with its first password. */
	public UserAccount create(Actor actor, AccountInput input, String password) {
		requireAdmin(actor);
		AccountDetails details = checked(input);
		PasswordPolicy.check("password", password, details.username());
		accounts.findByUsername(details.username()).ifPresent(existing -> {
			throw new ConflictException("account.duplicate-username", details.username());
		});
		UserAccount account = accounts.save(UserAccount.create(details, passwords.encode(password), clock.instant()));
		events.publishEvent(new UserCreated(account.id(), account.username(), details.role().name(),
				details.provinceCode(), details.ikmIds(), actor.username()));
		return account;
	}

	/**
	 * Someone signs up as a buyer themselves (the business matching's public form): a BUYER account
	 * without scope, under the same username, e-mail and password rules as any account. The sign-up is
	 * published as created by the new user.
	 *
	 * @throws InvalidInputException naming each broken rule (username, displayName, email, password)
	 * @throws ConflictException ({@code account.duplicate-username}) when the username is taken
	 */
	public UserAccount signUpBuyer(String username, String displayName, String email, String password) {
		AccountDetails details = checked(new AccountInput(username, displayName, email, Role.BUYER.name(), null,
				List.of(), true));
		PasswordPolicy.check("password", password, details.username());
		accounts.findByUsername(details.username()).ifPresent(existing -> {
			throw new ConflictException("account.duplicate-username", details.username());
		});
		UserAccount account = accounts.save(UserAccount.create(details, passwords.encode(password), clock.instant()));
		events.publishEvent(new UserCreated(account.id(), account.username(), details.role().name(), null,
				details.ikmIds(), details.username()));
		return account;
	}

	/** An administrator changes role, scope, contact or the enabled flag (the username stays). */
	public UserAccount update(Actor actor, AccountId id, int expectedVersion, AccountInput input) {
		requireAdmin(actor);
		UserAccount account = account(actor, id);
		if (account.version() != expectedVersion) {
			throw new ConflictException("problem.stale-version-detail", expectedVersion, account.version());
		}
		AccountInput sameUsername = new AccountInput(account.username(), input.displayName(), input.email(),
				input.role(), input.provinceCode(), input.ikmIds(), input.enabled());
		AccountDetails details = checked(sameUsername);
		// An admin who disabled or demoted their own account could leave nobody to manage accounts.
		if (account.username().equals(actor.username()) && (!details.enabled() || details.role() != Role.ADMIN)) {
			throw new InvalidInputException(List.of(FieldViolation.of(details.enabled() ? "role" : "enabled",
					"validation.account.self-lockout")));
		}
		account.update(details, actor.username(), clock.instant());
		return accounts.save(account);
	}

	/**
	 * An administrator sets a new password for someone who lost theirs. The account's API tokens are
	 * revoked too: whoever may have the old password may have a token made with it.
	 */
	public UserAccount resetPassword(Actor actor, AccountId id, String newPassword) {
		requireAdmin(actor);
		UserAccount account = account(actor, id);
		PasswordPolicy.check("password", newPassword, account.username());
		account.changePassword(passwords.encode(newPassword), true, actor.username(), clock.instant());
		tokens.revokeAll(new AccountId(account.id()));
		return accounts.save(account);
	}

	/** Anyone signed in changes their own password, proving they know the current one. */
	public void changeOwnPassword(Actor actor, String currentPassword, String newPassword) {
		UserAccount account = own(actor);
		if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
			throw new InvalidInputException(List.of(FieldViolation.of("currentPassword", "validation.password.current")));
		}
		PasswordPolicy.check("newPassword", newPassword, account.username());
		account.changePassword(passwords.encode(newPassword), false, actor.username(), clock.instant());
		accounts.save(account);
	}

	@Transactional(readOnly = true)
	public List<UserAccount> accounts(Actor actor) {
		requireAdmin(actor);
		return accounts.findAllByOrderByUsernameAsc();
	}

	@Transactional(readOnly = true)
	public UserAccount account(Actor actor, AccountId id) {
		requireAdmin(actor);
		return accounts.findById(id.value()).orElseThrow(() -> new AccountNotFoundException(id.value()));
	}

	/** The signed-in person's own account. */
	@Transactional(readOnly = true)
	public UserAccount own(Actor actor) {
		if (actor.isAnonymous()) {
			throw new ForbiddenException("account.forbidden");
		}
		return accounts.findByUsername(actor.username()).orElseThrow(() -> new ForbiddenException("account.forbidden"));
	}

	private AccountDetails checked(AccountInput input) {
		AccountDetails details = AccountRules.check(input);
		if (details.provinceCode() != null && regions.province(details.provinceCode()).isEmpty()) {
			throw new InvalidInputException(
					List.of(FieldViolation.of("provinceCode", "validation.province.unknown", details.provinceCode())));
		}
		return details;
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.isAdmin()) {
			throw new ForbiddenException("account.forbidden");
		}
	}
}
