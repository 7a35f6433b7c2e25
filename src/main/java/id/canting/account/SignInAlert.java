package id.canting.account;

import java.time.Instant;

/**
 * An account under attack, for the admins: the latest alert raised for it ({@link LoginAttackDetected})
 * with the failures and the number of client addresses counted then.
 */
public record SignInAlert(String username, Instant raisedAt, int failures, int clientAddresses) {
}
