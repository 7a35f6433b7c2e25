package id.canting.account;

/**
 * A sign-in was refused: {@code reason} is BAD_CREDENTIALS, DISABLED or THROTTLED. The username is
 * what was typed, which may name no account.
 */
public record LoginFailed(String username, String clientAddress, String reason) {
}
