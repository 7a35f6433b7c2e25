package id.canting.event.registration;

import java.time.Instant;

import id.canting.event.EventCode;
import id.canting.event.EventSessionId;

/** Staff member {@code by} let the holder of a confirmed ticket in at {@code at}. */
public record TicketCheckedIn(long registrationId, EventCode eventCode, EventSessionId sessionId, TicketCode ticket,
		String by, Instant at) {
}
