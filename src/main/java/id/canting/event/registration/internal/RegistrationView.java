package id.canting.event.registration.internal;

import id.canting.event.EventView;
import id.canting.event.SessionView;

/**
 * A registration with what its ticket shows: the event, the session and, while waitlisted, the
 * place in the queue (1 = next; null otherwise).
 */
public record RegistrationView(Registration registration, EventView event, SessionView session,
		Integer waitlistPosition) {
}
