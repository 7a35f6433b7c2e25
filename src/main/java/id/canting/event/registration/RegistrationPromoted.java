package id.canting.event.registration;

import id.canting.event.EventCode;
import id.canting.event.EventSessionId;

/** A waitlisted registration got a seat, because one was given up or the capacity was raised. */
public record RegistrationPromoted(long registrationId, EventCode eventCode, EventSessionId sessionId,
		TicketCode ticket) {
}
