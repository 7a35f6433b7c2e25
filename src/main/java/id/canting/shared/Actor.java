package id.canting.shared;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is acting, as every module needs to know it to decide what they may see and change: the
 * username (for the audit trail), the role and its scope: an officer's province, an owner's IKM.
 * Anonymous visitors are {@link #ANONYMOUS}; work the system does by itself (demo data, first admin)
 * is {@link #SYSTEM}.
 */
public record Actor(String username, Role role, String provinceCode, Set<Long> ikmIds) implements Serializable {

	public static final Actor ANONYMOUS = new Actor(null, null, null, Set.of());
	public static final Actor SYSTEM = new Actor("system", Role.ADMIN, null, Set.of());

	public Actor {
		ikmIds = Set.copyOf(ikmIds);
	}

	public boolean isAnonymous() {
		return role == null;
	}

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

	/** An officer of exactly this province. */
	public boolean isOfficerOf(String province) {
		return role == Role.OFFICER && provinceCode != null && provinceCode.equals(province);
	}

	/** An owner (or staff) of this IKM. */
	public boolean ownsIkm(long ikmId) {
		return role == Role.IKM_OWNER && ikmIds.contains(ikmId);
	}
}
