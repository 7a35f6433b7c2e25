package id.canting.account;

/** Identifies an API token, as its owner addresses it to revoke it. */
public record ApiTokenId(long value) {
}
