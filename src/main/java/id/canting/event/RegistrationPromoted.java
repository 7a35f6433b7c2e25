package id.canting.event;

/** A waitlisted registration got a seat, because one was given up or the capacity was raised. */
public record RegistrationPromoted(long registrationId, EventCode eventCode, EventSessionId sessionId,
		TicketCode ticket) {
}
