package id.canting.notification.internal;

import java.time.Instant;
import java.util.Locale;

/**
 * A message as the outbox holds it: what it says (bodies null once purged), and where its delivery
 * stands.
 */
public record StoredMessage(long id, String recipient, Locale language, String subject, String textBody,
		String htmlBody, String topic, String reference, MessageStatus status, int attempts, Instant nextAttemptAt,
		String lastError, Instant createdAt, Instant sentAt, Instant purgedAt) {

	/** Its bodies and part contents were dropped after the retention period. */
	public boolean purged() {
		return purgedAt != null;
	}
}
