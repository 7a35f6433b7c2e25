package id.canting.account;

import java.time.Instant;

/** A token just issued: {@code token} is the secret value, handed out once and stored only as a hash. */
public record IssuedToken(long id, String token, Instant expiresAt) {
}
