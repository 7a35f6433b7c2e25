package id.canting.account.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.canting.account.AccountDetails;
import id.canting.account.AccountInput;
import id.canting.account.UserAccount;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * The account create and edit form; its property names are the field names the account rules
 * report. IKM ids are typed as one comma-separated text field, since an owner rarely has more than
 * a few. {@code password} is only used when creating.
 */
public class UserForm {

	private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");

	private String username;
	private String displayName;
	private String email;
	private String role;
	private String provinceCode;
	private String ikmIds;
	private boolean enabled = true;
	private String password;
	private int version;

	static UserForm of(UserAccount account) {
		AccountDetails details = account.details();
		UserForm form = new UserForm();
		form.username = details.username();
		form.displayName = details.displayName();
		form.email = details.email();
		form.role = details.role().name();
		form.provinceCode = details.provinceCode();
		form.ikmIds = details.ikmIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
		form.enabled = details.enabled();
		form.version = account.version();
		return form;
	}

	/** The account as typed; IKM ids that are not numbers are left out here and reported by {@link #checkIkmIds()}. */
	AccountInput toInput() {
		return new AccountInput(username, displayName, email, role, provinceCode, ikmIdList(), enabled);
	}

	/** @throws InvalidInputException naming {@code ikmIds} when the text holds something other than ids */
	void checkIkmIds() {
		for (String part : parts()) {
			if (parse(part) == null) {
				throw new InvalidInputException(List.of(FieldViolation.of("ikmIds", "users.validation.ikm-ids", part)));
			}
		}
	}

	private List<Long> ikmIdList() {
		List<Long> ids = new ArrayList<>();
		for (String part : parts()) {
			Long id = parse(part);
			if (id != null) {
				ids.add(id);
			}
		}
		return ids;
	}

	private List<String> parts() {
		if (ikmIds == null || ikmIds.isBlank()) {
			return List.of();
		}
		return List.of(SEPARATORS.split(ikmIds.strip()));
	}

	private static Long parse(String part) {
		try {
			long id = Long.parseLong(part);
			return id > 0 ? id : null;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	public String getUsername() { return username; }
	public void setUsername(String username) { this.username = username; }
	public String getDisplayName() { return displayName; }
	public void setDisplayName(String displayName) { this.displayName = displayName; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public String getRole() { return role; }
	public void setRole(String role) { this.role = role; }
	public String getProvinceCode() { return provinceCode; }
	public void setProvinceCode(String provinceCode) { this.provinceCode = provinceCode; }
	public String getIkmIds() { return ikmIds; }
	public void setIkmIds(String ikmIds) { this.ikmIds = ikmIds; }
	public boolean isEnabled() { return enabled; }
	public void setEnabled(boolean enabled) { this.enabled = enabled; }
	public String getPassword() { return password; }
	public void setPassword(String password) { this.password = password; }
	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }
}
