package id.canting.account.web;

import java.util.Objects;

/**
 * Changing one's own password on the profile page: the current one as proof, the new one twice so
 * a typing slip does not lock the person out.
 */
public class PasswordChangeForm {

	private String currentPassword;
	private String newPassword;
	private String repeatPassword;

	boolean repeated() {
		return Objects.equals(newPassword, repeatPassword);
	}

	public String getCurrentPassword() { return currentPassword; }
	public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
	public String getNewPassword() { return newPassword; }
	public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
	public String getRepeatPassword() { return repeatPassword; }
	public void setRepeatPassword(String repeatPassword) { this.repeatPassword = repeatPassword; }
}
