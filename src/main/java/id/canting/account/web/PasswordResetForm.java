package id.canting.account.web;

/** An administrator's new password for someone who lost theirs, on the account's edit page. */
public class PasswordResetForm {

	private String password;

	public String getPassword() { return password; }
	public void setPassword(String password) { this.password = password; }
}
