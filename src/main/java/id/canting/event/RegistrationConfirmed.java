package id.canting.event;

/** Someone registered for a session and got a seat. */
public record RegistrationConfirmed(long registrationId, EventCode eventCode, EventSessionId sessionId,
		TicketCode ticket) {
}
