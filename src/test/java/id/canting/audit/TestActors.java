package id.canting.audit;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import id.canting.shared.Actor;
import id.canting.shared.ActorPrincipal;
import id.canting.shared.Role;

/**
 * Signed-in people for MockMvc requests, without depending on the account module: an
 * {@link Authentication} whose principal is an {@link ActorPrincipal}, which is all the shared
 * {@code Actor} argument resolver looks at. Use with
 * {@code SecurityMockMvcRequestPostProcessors.authentication(TestActors.admin())}.
 */
public final class TestActors {

	private TestActors() {
	}

	public static Authentication admin() {
		return as(new Actor("test.admin", Role.ADMIN, null, Set.of()));
	}

	public static Authentication officerOf(String provinceCode) {
		return as(new Actor("test.officer." + provinceCode, Role.OFFICER, provinceCode, Set.of()));
	}

	public static Authentication ownerOf(Long... ikmIds) {
		return as(new Actor("test.owner", Role.IKM_OWNER, null, Set.of(ikmIds)));
	}

	public static Authentication buyer() {
		return as(new Actor("test.buyer", Role.BUYER, null, Set.of()));
	}

	public static Authentication as(Actor actor) {
		Principal principal = new Principal(actor);
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
	}

	/** The smallest principal the application recognises. */
	record Principal(Actor actor) implements ActorPrincipal, UserDetails {

		@Override
		public Collection<? extends GrantedAuthority> getAuthorities() {
			return List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name()));
		}

		@Override
		public String getPassword() {
			return null;
		}

		@Override
		public String getUsername() {
			return actor.username();
		}
	}
}
