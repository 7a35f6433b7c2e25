package id.canting.notification.internal;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.notification.OutboxMessageId;
import id.canting.notification.Outbox;
import id.canting.notification.OutgoingMessage;

/**
 * The outbox in the application's database: a message joins the caller's transaction (it is written
 * with the change or not at all) and waits, PENDING and due at once, for a sender.
 */
@Service
class DatabaseOutbox implements Outbox {

	private final OutboxStore store;
	private final Clock clock;

	DatabaseOutbox(OutboxStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Override
	@Transactional
	public OutboxMessageId enqueue(OutgoingMessage message) {
		OutboxRules.check(message);
		return new OutboxMessageId(store.insert(message, clock.instant()));
	}
}
