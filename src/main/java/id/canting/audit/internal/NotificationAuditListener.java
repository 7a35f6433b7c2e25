package id.canting.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.canting.notification.OutboxMessageRetried;

/**
 * Records an admin's "retry now" of an outbox message, synchronously in its transaction. Writing and
 * delivering messages are the system's own work and not audited; the message's row tells them.
 */
@Component
class NotificationAuditListener {

	private final AuditWriter writer;

	NotificationAuditListener(AuditWriter writer) {
		this.writer = writer;
	}

	@EventListener
	void on(OutboxMessageRetried event) {
		writer.append(NewEntry.of(event.by(), "RETRIED", "notification", event.messageId(), null, event.reference()));
	}
}
