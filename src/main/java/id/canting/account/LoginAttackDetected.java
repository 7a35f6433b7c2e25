package id.canting.account;

import java.time.Duration;

/**
 * An existing account failed to sign in {@code failures} times within {@code window}, from
 * {@code clientAddresses} different addresses: someone is probably guessing its password. Sign-ins
 * for it are slowed (never refused) and the admins are alerted; published at most once per window.
 */
public record LoginAttackDetected(String username, int failures, int clientAddresses, Duration window) {
}
