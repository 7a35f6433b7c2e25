package id.canting.account.web;

import java.time.Instant;

import id.canting.account.ApiToken;

/**
 * One of the signed-in person's API tokens in a list (page and API): never its value or hash.
 * {@code status} is ACTIVE, EXPIRED or REVOKED at the time of the request.
 */
record TokenView(long id, String name, boolean personal, Instant createdAt, Instant expiresAt, Instant revokedAt,
		String status) {

	static TokenView of(ApiToken token, Instant now) {
		String status = token.revokedAt() != null ? "REVOKED" : token.activeAt(now) ? "ACTIVE" : "EXPIRED";
		return new TokenView(token.id(), token.name(), token.personal(), token.createdAt(), token.expiresAt(),
				token.revokedAt(), status);
	}
}
