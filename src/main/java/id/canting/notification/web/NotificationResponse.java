package id.canting.notification.web;

import java.time.Instant;

import id.canting.notification.internal.StoredMessage;

/** A message in the outbox list: to whom, about what, and where its delivery stands. */
record NotificationResponse(long id, String recipient, String language, String subject, String topic, String reference,
		String status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt,
		boolean purged) {

	static NotificationResponse of(StoredMessage m) {
		return new NotificationResponse(m.id(), m.recipient(), m.language().toLanguageTag(), m.subject(), m.topic(),
				m.reference(), m.status().name(), m.attempts(), m.nextAttemptAt(), m.lastError(), m.createdAt(),
				m.sentAt(), m.purged());
	}
}
