package id.canting.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import id.canting.shared.Actor;
import id.canting.shared.FieldChange;
import id.canting.shared.Role;

/**
 * A person's account: who they are, their role and its scope (an officer's province, an owner's
 * IKM), whether they may sign in, and their password hash. Changes to role, scope and the enabled
 * flag are permission changes and are published for the audit trail.
 */
@Table("user_account")
public class UserAccount extends AbstractAggregateRoot<UserAccount> {

	private @Id Long id;
	private String username;
	private String displayName;
	private String email;
	private Role role;
	private String provinceCode;
	private boolean enabled;
	private String passwordHash;
	@MappedCollection(idColumn = "user_account_id")
	private Set<OwnedIkm> ikms = new HashSet<>();
	private Instant createdAt;
	private Instant updatedAt;
	private @Version Integer version;

	UserAccount() {
		// for Spring Data JDBC
	}

	static UserAccount create(AccountDetails details, String passwordHash, Instant now) {
		UserAccount account = new UserAccount();
		account.username = details.username();
		account.apply(details);
		account.passwordHash = passwordHash;
		account.createdAt = now;
		account.updatedAt = now;
		return account;
	}

	/** Changes name, contact, role, scope or enabled flag; the username never changes. */
	List<FieldChange> update(AccountDetails details, String by, Instant now) {
		AccountDetails before = details();
		List<FieldChange> changes = new ArrayList<>();
		FieldChange.addIfChanged(changes, "displayName", before.displayName(), details.displayName());
		FieldChange.addIfChanged(changes, "email", before.email(), details.email());
		FieldChange.addIfChanged(changes, "role", before.role(), details.role());
		FieldChange.addIfChanged(changes, "provinceCode", before.provinceCode(), details.provinceCode());
		FieldChange.addIfChanged(changes, "ikmIds", new TreeSet<>(before.ikmIds()), new TreeSet<>(details.ikmIds()));
		FieldChange.addIfChanged(changes, "enabled", before.enabled(), details.enabled());
		if (!changes.isEmpty()) {
			apply(details);
			updatedAt = now;
			registerEvent(new UserUpdated(id, username, changes, by));
		}
		return changes;
	}

	void changePassword(String newHash, boolean reset, String by, Instant now) {
		passwordHash = newHash;
		updatedAt = now;
		registerEvent(new PasswordChanged(id, username, reset, by));
	}

	private void apply(AccountDetails details) {
		displayName = details.displayName();
		email = details.email();
		role = details.role();
		provinceCode = details.provinceCode();
		enabled = details.enabled();
		ikms = details.ikmIds().stream().map(OwnedIkm::new).collect(Collectors.toSet());
	}


	public AccountDetails details() {
		return new AccountDetails(username, displayName, email, role, provinceCode,
				ikms.stream().map(OwnedIkm::ikmId).collect(Collectors.toSet()), enabled);
	}

	/** Who this account acts as, for authorisation everywhere. */
	public Actor actor() {
		return new Actor(username, role, provinceCode, ikms.stream().map(OwnedIkm::ikmId).collect(Collectors.toSet()));
	}

	public long id() {
		return id;
	}

	public String username() {
		return username;
	}

	public String displayName() {
		return displayName;
	}

	public boolean enabled() {
		return enabled;
	}

	String passwordHash() {
		return passwordHash;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public int version() {
		return version == null ? 0 : version;
	}

	@Table("user_ikm")
	record OwnedIkm(long ikmId) {
	}
}
