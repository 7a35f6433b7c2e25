package id.canting.account;

import java.time.Instant;

/** An API token as its owner sees it in a list: never its value, which is shown only once. */
public record ApiToken(long id, String name, boolean personal, Instant createdAt, Instant expiresAt,
		Instant revokedAt) {

	public boolean activeAt(Instant now) {
		return revokedAt == null && now.isBefore(expiresAt);
	}
}
