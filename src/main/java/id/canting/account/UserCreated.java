package id.canting.account;

import java.util.Set;

/** An administrator created an account with its role and scope. */
public record UserCreated(long userId, String username, String role, String provinceCode, Set<Long> ikmIds,
		String by) {
}
