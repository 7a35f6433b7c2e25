package id.canting.event;

import java.time.Instant;

/** Staff member {@code by} let the holder of a confirmed ticket in at {@code at}. */
public record TicketCheckedIn(long registrationId, EventCode eventCode, EventSessionId sessionId, TicketCode ticket,
		String by, Instant at) {
}
