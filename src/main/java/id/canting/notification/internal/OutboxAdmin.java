package id.canting.notification.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.notification.OutboxMessageRetried;
import id.canting.shared.Actor;
import id.canting.shared.CodeLabel;
import id.canting.shared.ConflictException;
import id.canting.shared.ForbiddenException;
import id.canting.shared.NotFoundException;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;

/**
 * The outbox as admins see it: what waits, what was sent, what failed and why; and "retry now" for a
 * failed or given-up message. Admins only (messages hold personal data).
 */
@Service
public class OutboxAdmin {

	/** The list is always newest first; no other order is offered. */
	public static final Set<String> SORTABLE = Set.of("createdAt");

	private final OutboxStore store;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	OutboxAdmin(OutboxStore store, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	/** A page of messages, newest first. */
	@Transactional(readOnly = true)
	public PageResponse<StoredMessage> messages(Actor actor, MessageFilter filter, PageRequest page) {
		requireAdmin(actor);
		MessageStatus status = filter.statusOrAll();
		String topic = filter.topicOrAll();
		return PageResponse.of(store.list(status, topic, page.offset(), page.size()), page, store.count(status, topic));
	}

	/** How many messages have each status, for the list's summary line. */
	@Transactional(readOnly = true)
	public Map<MessageStatus, Long> counts(Actor actor) {
		requireAdmin(actor);
		return store.countByStatus();
	}

	/** One message with its parts listed (their contents are not read). */
	@Transactional(readOnly = true)
	public MessageDetail message(Actor actor, long id) {
		requireAdmin(actor);
		StoredMessage message = store.find(id).orElseThrow(() -> new NotFoundException("notification.not-found", id));
		List<PartInfo> parts = store.parts(id).stream()
			.map(part -> new PartInfo(part.name(), part.contentType(), part.size(), part.inline()))
			.toList();
		return new MessageDetail(message, parts);
	}

	/**
	 * Puts a FAILED or GAVE_UP message back in the queue, due now (its attempts so far stay counted).
	 *
	 * @throws ConflictException for a message pending, being sent or sent
	 */
	@Transactional
	public StoredMessage retry(Actor actor, long id) {
		requireAdmin(actor);
		StoredMessage message = store.find(id).orElseThrow(() -> new NotFoundException("notification.not-found", id));
		if (!message.status().retriable() || !store.retry(id, clock.instant())) {
			throw new ConflictException("notification.retry.refused", id, CodeLabel.of("notification.status.", message.status()));
		}
		events.publishEvent(new OutboxMessageRetried(id, message.topic(), message.reference(), message.status().name(),
				message.attempts(), actor.username()));
		return store.find(id).orElseThrow();
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.isAdmin()) {
			throw new ForbiddenException("notification.forbidden");
		}
	}

	/** A message and the list of its parts. */
	public record MessageDetail(StoredMessage message, List<PartInfo> parts) {
	}

	/** A part of a message as listed: its name, type, size in bytes, and whether the HTML shows it inline. */
	public record PartInfo(String name, String contentType, int size, boolean inline) {
	}
}
