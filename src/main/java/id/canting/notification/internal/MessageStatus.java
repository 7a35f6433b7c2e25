package id.canting.notification.internal;

/**
 * Where a message stands in the outbox. PENDING waits for its first attempt; SENDING is claimed by
 * one node's sender until its claim expires; FAILED waits for its next attempt after an error;
 * SENT was accepted by the SMTP server; GAVE_UP failed its last allowed attempt (an admin may retry).
 */
public enum MessageStatus {
	PENDING, SENDING, SENT, FAILED, GAVE_UP;

	/** Only failed messages can be put back in the queue by hand. */
	boolean retriable() {
		return this == FAILED || this == GAVE_UP;
	}
}
