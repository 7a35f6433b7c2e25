package id.canting.account;

import java.util.List;

/**
 * An account as an administrator states it. {@code provinceCode} is the scope of an OFFICER,
 * {@code ikmIds} that of an IKM_OWNER; other roles have no scope.
 */
public record AccountInput(String username, String displayName, String email, String role, String provinceCode,
		List<Long> ikmIds, Boolean enabled) {
}
