package id.canting.event;

/** The holder of a ticket cancelled it; {@code was} is the status it had (a seat or a waitlist place). */
public record RegistrationCancelled(long registrationId, EventCode eventCode, EventSessionId sessionId,
		TicketCode ticket, RegistrationStatus was) {
}
