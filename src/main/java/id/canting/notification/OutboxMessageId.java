package id.canting.notification;

/** Identifies one message in the outbox, as the admin pages and the API show it. */
public record OutboxMessageId(long value) {
}
