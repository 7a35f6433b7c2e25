package id.canting.account;

/** Identifies a user account, as administrators address it in pages and the API. */
public record AccountId(long value) {
}
