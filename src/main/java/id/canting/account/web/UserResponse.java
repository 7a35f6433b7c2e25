package id.canting.account.web;

import java.util.List;

import id.canting.account.AccountDetails;
import id.canting.account.UserAccount;

/** An account as the API shows it: never its password hash. */
record UserResponse(long id, String username, String displayName, String email, String role, String provinceCode,
		List<Long> ikmIds, boolean enabled, int version) {

	static UserResponse of(UserAccount account) {
		AccountDetails details = account.details();
		return new UserResponse(account.id(), details.username(), details.displayName(), details.email(),
				details.role().name(), details.provinceCode(), details.ikmIds().stream().sorted().toList(),
				details.enabled(), account.version());
	}
}
