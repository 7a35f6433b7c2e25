package id.canting.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.NotFoundException;

/**
 * Bearer tokens for machine clients: 32 random bytes handed out once, stored only as their SHA-256
 * hash, expiring ({@link #SESSION_LIFETIME} for tokens from the token endpoint,
 * {@link #PERSONAL_LIFETIME} for named personal ones) and revocable by their owner.
 */
@Service
@Transactional
public class ApiTokens {

	public static final Duration SESSION_LIFETIME = Duration.ofHours(12);
	public static final Duration PERSONAL_LIFETIME = Duration.ofDays(90);

	private final JdbcClient jdbc;
	private final AccountRepository accounts;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	ApiTokens(JdbcClient jdbc, AccountRepository accounts, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** A token for a client that just proved its password at the token endpoint. */
	public IssuedToken issueSessionToken(AccountPrincipal principal) {
		return issue(principal.accountId(), principal.getUsername(), "api", false, SESSION_LIFETIME);
	}

	/** A named personal token the signed-in person creates on their profile page. */
	public IssuedToken issuePersonalToken(Actor actor, String name) {
		String label = name == null ? "" : name.strip();
		if (label.isEmpty() || label.length() > 80) {
			throw new InvalidInputException(List.of(FieldViolation.of("name", "validation.token-name", 80)));
		}
		UserAccount account = accounts.findByUsername(actor.username()).orElseThrow();
		return issue(account.id(), account.username(), label, true, PERSONAL_LIFETIME);
	}

	/** The principal a presented token stands for, if it is known, unexpired, unrevoked and its account enabled. */
	@Transactional(readOnly = true)
	public Optional<AccountPrincipal> authenticate(String token) {
		return jdbc.sql("select user_account_id from api_token where token_hash = ? and revoked_at is null and expires_at > ?")
			.params(hash(token), Timestamp.from(clock.instant()))
			.query(Long.class)
			.optional()
			.flatMap(accounts::findById)
			.filter(UserAccount::enabled)
			.map(AccountPrincipal::of)
			.map(principal -> {
				principal.eraseCredentials();
				return principal;
			});
	}

	/** The signed-in person's tokens, newest first. */
	@Transactional(readOnly = true)
	public List<ApiToken> tokensOf(Actor actor) {
		return jdbc.sql("""
				select t.id, t.name, t.personal, t.created_at, t.expires_at, t.revoked_at
				from api_token t join user_account u on u.id = t.user_account_id
				where u.username = ? order by t.created_at desc, t.id desc""")
			.param(actor.username())
			.query((rs, n) -> new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getBoolean("personal"),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
					rs.getTimestamp("revoked_at") == null ? null : rs.getTimestamp("revoked_at").toInstant()))
			.list();
	}

	/** Revokes one of the signed-in person's own tokens. */
	public void revoke(Actor actor, ApiTokenId tokenId) {
		int revoked = jdbc.sql("""
				update api_token set revoked_at = ? where id = ? and revoked_at is null
				and user_account_id = (select id from user_account where username = ?)""")
			.params(Timestamp.from(clock.instant()), tokenId.value(), actor.username())
			.update();
		if (revoked == 0) {
			throw new NotFoundException("token.not-found", tokenId.value());
		}
		events.publishEvent(new ApiTokenRevoked(tokenId.value(), actor.username(), actor.username()));
	}

	/** Revokes every active token of an account, e.g. when an admin resets its password. */
	public int revokeAll(AccountId accountId) {
		return jdbc.sql("update api_token set revoked_at = ? where user_account_id = ? and revoked_at is null")
			.params(Timestamp.from(clock.instant()), accountId.value())
			.update();
	}

	/** Revokes the token presented with this request (sign-out for machine clients). */
	public void revokePresented(Actor actor, String token) {
		jdbc.sql("select id from api_token where token_hash = ? and revoked_at is null")
			.param(hash(token))
			.query(Long.class)
			.optional()
			.ifPresent(id -> revoke(actor, new ApiTokenId(id)));
	}

	private IssuedToken issue(long accountId, String username, String name, boolean personal, Duration lifetime) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		Instant expiresAt = now.plus(lifetime);
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				insert into api_token (user_account_id, name, token_hash, personal, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(accountId, name, hash(token), personal, Timestamp.from(now), Timestamp.from(expiresAt))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		events.publishEvent(new ApiTokenIssued(id, username, name, expiresAt));
		return new IssuedToken(id, token, expiresAt);
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
