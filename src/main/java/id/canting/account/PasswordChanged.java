package id.canting.account;

/**
 * A password was set: by its owner ({@code reset} false) or reset by an administrator
 * ({@code reset} true). Never carries the password.
 */
public record PasswordChanged(long userId, String username, boolean reset, String by) {
}
