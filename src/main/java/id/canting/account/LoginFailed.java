package id.canting.account;

/**
 * A sign-in was refused: {@code reason} is BAD_CREDENTIALS, DISABLED, THROTTLED (this username
 * failed from this address and must wait) or THROTTLED_ADDRESS (the address tried too many
 * usernames). The username is what was typed, which may name no account.
 */
public record LoginFailed(String username, String clientAddress, String reason) {
}
