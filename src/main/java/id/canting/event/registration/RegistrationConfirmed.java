package id.canting.event.registration;

import id.canting.event.EventCode;
import id.canting.event.EventSessionId;

/** Someone registered for a session and got a seat. */
public record RegistrationConfirmed(long registrationId, EventCode eventCode, EventSessionId sessionId,
		TicketCode ticket) {
}
