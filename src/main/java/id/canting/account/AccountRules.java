package id.canting.account;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.Role;

/** Field rules for an account: a username people can type, a role, and the scope that role needs. */
public final class AccountRules {

	static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
	static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private AccountRules() {
	}

	/** @throws InvalidInputException naming each broken rule */
	public static AccountDetails check(AccountInput input) {
		List<FieldViolation> violations = new ArrayList<>();
		String username = input.username() == null ? "" : input.username().strip().toLowerCase(Locale.ROOT);
		if (!USERNAME.matcher(username).matches()) {
			violations.add(FieldViolation.of("username", "validation.username"));
		}
		String displayName = input.displayName() == null ? "" : input.displayName().strip();
		if (displayName.isEmpty()) {
			violations.add(FieldViolation.of("displayName", "validation.required"));
		}
		else if (displayName.length() > 120) {
			violations.add(FieldViolation.of("displayName", "validation.too-long", 120, displayName.length()));
		}
		String email = input.email() == null || input.email().isBlank() ? null : input.email().strip();
		if (email != null && (email.length() > 120 || !EMAIL.matcher(email).matches())) {
			violations.add(FieldViolation.of("email", "validation.email"));
		}
		Role role = null;
		try {
			role = input.role() == null ? null : Role.valueOf(input.role().strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			// reported below
		}
		if (role == null) {
			violations.add(FieldViolation.of("role", "validation.one-of", "ADMIN, OFFICER, IKM_OWNER, ASSESSOR, BUYER"));
		}
		String province = input.provinceCode() == null || input.provinceCode().isBlank() ? null : input.provinceCode().strip();
		Set<Long> ikmIds = input.ikmIds() == null ? Set.of() : new HashSet<>(input.ikmIds());
		if (role == Role.OFFICER && province == null) {
			violations.add(FieldViolation.of("provinceCode", "validation.account.officer-province"));
		}
		if (role == Role.IKM_OWNER && ikmIds.isEmpty()) {
			violations.add(FieldViolation.of("ikmIds", "validation.account.owner-ikm"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		// Scope belongs to the role: an admin has no province, an officer owns no IKM.
		return new AccountDetails(username, displayName, email, role, role == Role.OFFICER ? province : null,
				role == Role.IKM_OWNER ? ikmIds : Set.of(), input.enabled() == null || input.enabled());
	}
}
