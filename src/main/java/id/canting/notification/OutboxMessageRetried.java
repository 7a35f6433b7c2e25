package id.canting.notification;

/**
 * An admin put a failed or given-up message back in the outbox, due at once; {@code attempts} is how
 * many attempts it had made.
 */
public record OutboxMessageRetried(long messageId, String topic, String reference, String previousStatus, int attempts,
		String by) {
}
