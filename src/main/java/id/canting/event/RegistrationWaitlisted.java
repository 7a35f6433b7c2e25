package id.canting.event;

/** Someone registered for a full session and waits at {@code position} (1 = next to be promoted). */
public record RegistrationWaitlisted(long registrationId, EventCode eventCode, EventSessionId sessionId,
		TicketCode ticket, int position) {
}
