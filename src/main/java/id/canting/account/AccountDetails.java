package id.canting.account;

import java.util.Set;

import id.canting.shared.Role;

/** An account's facts after {@link AccountRules} accepted them. */
public record AccountDetails(String username, String displayName, String email, Role role, String provinceCode,
		Set<Long> ikmIds, boolean enabled) {

	public AccountDetails {
		ikmIds = Set.copyOf(ikmIds);
	}
}
