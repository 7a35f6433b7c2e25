package id.canting.account.web;

import id.canting.account.AccountInput;

/**
 * An account sent to {@code /api/v1/users}: {@code password} is the first password when creating
 * (ignored when updating), {@code version} the version read, required when updating.
 */
record UserRequest(String username, String displayName, String email, String role, String provinceCode,
		java.util.List<Long> ikmIds, Boolean enabled, String password, Integer version) {

	AccountInput toInput() {
		return new AccountInput(username, displayName, email, role, provinceCode, ikmIds, enabled);
	}
}
