package id.canting.event.registration.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.canting.event.Events;
import id.canting.event.SessionAdded;
import id.canting.event.SessionRemoved;
import id.canting.event.SessionUpdated;
import id.canting.shared.RuleRefusedException;

/**
 * Keeps each session's seat row in step with the event module: made when a session is added, its
 * capacity changed (and the waitlist promoted into new seats) when the session is changed. It
 * listens synchronously, in the organiser's transaction, so that a session and its seats never
 * disagree after a commit; a registration makes a missing row itself (sessions from before this module).
 * A session that people registered for (and have not cancelled) cannot be removed: the refusal rolls
 * the organiser's removal back, so no ticket points at a session that is gone.
 */
@Component
class SessionSeatsListener {

	private final Registrations registrations;
	private final SeatLedger seats;
	private final Events events;

	SessionSeatsListener(Registrations registrations, SeatLedger seats, Events events) {
		this.registrations = registrations;
		this.seats = seats;
		this.events = events;
	}

	@EventListener
	void on(SessionAdded added) {
		seats.ensure(added.id(), added.capacity());
	}

	@EventListener
	void on(SessionUpdated updated) {
		if (updated.changes().stream().anyMatch(c -> "capacity".equals(c.field()))) {
			events.session(updated.id()).ifPresent(s -> registrations.capacityChanged(s.id(), s.capacity()));
		}
	}

	@EventListener
	void on(SessionRemoved removed) {
		long registered = seats.activeRegistrations(removed.id());
		if (registered > 0) {
			throw new RuleRefusedException("event.registration.session-has-registrations", registered);
		}
	}
}
