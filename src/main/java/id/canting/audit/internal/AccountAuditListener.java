package id.canting.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.canting.account.ApiTokenIssued;
import id.canting.account.ApiTokenRevoked;
import id.canting.account.LoginAttackDetected;
import id.canting.account.LoginFailed;
import id.canting.account.LoginSucceeded;
import id.canting.account.PasswordChanged;
import id.canting.account.UserCreated;
import id.canting.account.UserUpdated;
import id.canting.shared.FieldChange;

/**
 * Records sign-ins and every change to accounts and their permissions, in the transaction of the
 * change (see {@link RegistryAuditListener}). The events carry no passwords or token values, so
 * none can reach the trail. Account and login entries have no province: only administrators read them.
 */
@Component
class AccountAuditListener {

	private static final String USER = "user";
	private static final String TOKEN = "token";
	private static final String LOGIN = "login";

	private final AuditWriter writer;

	AccountAuditListener(AuditWriter writer) {
		this.writer = writer;
	}

	/** The record is what was typed as username; a successful sign-in is that user's own act. */
	@EventListener
	void on(LoginSucceeded event) {
		writer.append(new NewEntry(event.username(), "LOGIN_SUCCEEDED", LOGIN, event.username(), null,
				event.clientAddress(), null, List.of()));
	}

	/** Nobody is signed in yet, so the act is anonymous; the typed name may match no account. */
	@EventListener
	void on(LoginFailed event) {
		writer.append(new NewEntry(null, "LOGIN_FAILED", LOGIN, event.username(), null, event.clientAddress(),
				event.reason(), List.of()));
	}

	/**
	 * The alert to the admins that an account is being guessed at: by nobody in particular, about the
	 * login record of that username, with what was counted.
	 */
	@EventListener
	void on(LoginAttackDetected event) {
		writer.append(new NewEntry(null, "LOGIN_ATTACK_DETECTED", LOGIN, event.username(), null, null, null,
				List.of(new FieldChange("failures", null, String.valueOf(event.failures())),
						new FieldChange("clientAddresses", null, String.valueOf(event.clientAddresses())),
						new FieldChange("windowMinutes", null, String.valueOf(event.window().toMinutes())))));
	}

	/** The account's initial permissions are recorded as changes from nothing, like later changes. */
	@EventListener
	void on(UserCreated event) {
		List<FieldChange> permissions = new ArrayList<>();
		permissions.add(new FieldChange("role", null, event.role()));
		if (event.provinceCode() != null) {
			permissions.add(new FieldChange("provinceCode", null, event.provinceCode()));
		}
		if (event.ikmIds() != null && !event.ikmIds().isEmpty()) {
			permissions.add(new FieldChange("ikmIds", null, new TreeSet<>(event.ikmIds()).toString()));
		}
		writer.append(NewEntry.of(event.by(), "USER_CREATED", USER, event.userId(), null, event.username())
			.withChanges(permissions));
	}

	@EventListener
	void on(UserUpdated event) {
		writer.append(NewEntry.of(event.by(), "USER_UPDATED", USER, event.userId(), null, event.username())
			.withChanges(event.changes()));
	}

	@EventListener
	void on(PasswordChanged event) {
		writer.append(NewEntry.of(event.by(), event.reset() ? "PASSWORD_RESET" : "PASSWORD_CHANGED", USER,
				event.userId(), null, event.username()));
	}

	/** A token is issued to its owner at their own request (sign-in for a token, or a personal token). */
	@EventListener
	void on(ApiTokenIssued event) {
		String summary = event.name() == null ? event.username() : event.username() + ": " + event.name();
		List<FieldChange> expiry = event.expiresAt() == null ? List.of()
				: List.of(new FieldChange("expiresAt", null, event.expiresAt().toString()));
		writer.append(NewEntry.of(event.username(), "TOKEN_ISSUED", TOKEN, event.tokenId(), null, summary)
			.withChanges(expiry));
	}

	@EventListener
	void on(ApiTokenRevoked event) {
		writer.append(NewEntry.of(event.by(), "TOKEN_REVOKED", TOKEN, event.tokenId(), null, event.username()));
	}
}
