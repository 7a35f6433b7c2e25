package id.canting.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import id.canting.shared.Actor;
import id.canting.shared.ActorPrincipal;

/**
 * A signed-in account as Spring Security holds it (in the shared session or for one API request):
 * the {@link Actor} with role and scope, and a {@code ROLE_*} authority for URL rules.
 */
public final class AccountPrincipal implements UserDetails, ActorPrincipal, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long accountId;
	private final Actor actor;
	private final boolean enabled;
	private String passwordHash;

	AccountPrincipal(long accountId, Actor actor, boolean enabled, String passwordHash) {
		this.accountId = accountId;
		this.actor = actor;
		this.enabled = enabled;
		this.passwordHash = passwordHash;
	}

	static AccountPrincipal of(UserAccount account) {
		return new AccountPrincipal(account.id(), account.actor(), account.enabled(), account.passwordHash());
	}

	public long accountId() {
		return accountId;
	}

	@Override
	public Actor actor() {
		return actor;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return actor.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/** The hash is not kept in the session once the login is done. */
	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}
}
