package id.canting.account;

/** An API token was revoked before it expired. */
public record ApiTokenRevoked(long tokenId, String username, String by) {
}
