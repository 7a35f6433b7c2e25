package id.canting.account;

import java.time.Instant;

/** An API token was issued: a session token from POST /api/v1/auth/token, or a named personal one. */
public record ApiTokenIssued(long tokenId, String username, String name, Instant expiresAt) {
}
