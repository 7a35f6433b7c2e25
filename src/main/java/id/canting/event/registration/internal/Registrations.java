package id.canting.event.registration.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.event.EventCode;
import id.canting.event.EventSessionId;
import id.canting.event.EventView;
import id.canting.event.Events;
import id.canting.event.SessionView;
import id.canting.event.RegistrationCancelled;
import id.canting.event.RegistrationConfirmed;
import id.canting.event.RegistrationPromoted;
import id.canting.event.RegistrationStatus;
import id.canting.event.RegistrationWaitlisted;
import id.canting.event.TicketCheckedIn;
import id.canting.event.TicketCode;
import id.canting.shared.Actor;
import id.canting.shared.CodeLabel;
import id.canting.shared.ForbiddenException;
import id.canting.shared.NotFoundException;
import id.canting.shared.Role;
import id.canting.shared.RuleRefusedException;

/**
 * Registering for a session, cancelling and checking tickets in. Each change of a session's seats
 * locks its {@link SeatLedger} row first, so it is one step at a time on any number of nodes; the
 * registrant's mail is written to the outbox in the same transaction.
 */
@Service
@Transactional
public class Registrations {

	private final Events events;
	private final RegistrationRepository repository;
	private final SeatLedger seats;
	private final RegistrationQueries queries;
	private final TicketCodes codes;
	private final TicketMails mails;
	private final ApplicationEventPublisher publisher;
	private final Clock clock;

	Registrations(Events events, RegistrationRepository repository, SeatLedger seats, RegistrationQueries queries,
			TicketCodes codes, TicketMails mails, ApplicationEventPublisher publisher, Clock clock) {
		this.events = events;
		this.repository = repository;
		this.seats = seats;
		this.queries = queries;
		this.codes = codes;
		this.mails = mails;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * Registers someone (no account) for a session: a seat while there is one, else the waitlist.
	 *
	 * @throws id.canting.shared.InvalidInputException naming each broken field rule
	 * @throws NotFoundException for an unknown event or a session not of this event
	 * @throws RuleRefusedException when the event takes no registrations or the session has started
	 * @throws DuplicateRegistrationException when the e-mail or phone is registered for the session already
	 */
	public RegistrationView register(EventCode code, EventSessionId sessionId, RegistrantInput input) {
		RegistrantDetails details = RegistrationRules.check(input);
		EventView event = event(code);
		SessionView session = sessionOf(code, sessionId);
		if (!event.status().takesRegistrations()) {
			throw new RuleRefusedException("event.registration.not-open",
					CodeLabel.of("event.status.", event.status()));
		}
		if (session.hasStartedAt(events.now())) {
			throw new RuleRefusedException("event.registration.session-started");
		}
		SeatLedger.Seats seated = seats.lock(sessionId, session.capacity());
		if (details.email() != null && queries.holds(sessionId, "email", details.email())) {
			throw new DuplicateRegistrationException("email");
		}
		if (details.phone() != null && queries.holds(sessionId, "phone", details.phone())) {
			throw new DuplicateRegistrationException("phone");
		}
		boolean seat = Waitlist.hasSeat(seated.capacity(), seated.confirmed());
		if (seat) {
			seats.addConfirmed(sessionId, 1);
		}
		TicketCode ticket = codes.next();
		Registration registration = repository
			.save(Registration.register(details, ticket, code, sessionId, seat, clock.instant()));
		Integer position = seat ? null : queries.waitlistPosition(registration);
		if (seat) {
			publisher.publishEvent(new RegistrationConfirmed(registration.id(), code, sessionId, ticket));
		}
		else {
			publisher.publishEvent(new RegistrationWaitlisted(registration.id(), code, sessionId, ticket, position));
		}
		RegistrationView view = new RegistrationView(registration, event, session, position);
		mails.ticket(view);
		return view;
	}

	/** The ticket with this code (the code is the secret: whoever has it may see it). */
	@Transactional(readOnly = true)
	public RegistrationView ticket(TicketCode ticket) {
		Registration registration = find(ticket);
		return view(registration);
	}

	/**
	 * Cancels the ticket of this event; a seat it held goes to the first waitlisted, in this transaction.
	 *
	 * @throws NotFoundException for an unknown ticket or one of another event
	 */
	public RegistrationView cancel(EventCode code, TicketCode ticket) {
		Registration found = find(ticket);
		if (!found.eventCode().equals(code)) {
			throw new NotFoundException("event.registration.ticket-not-found");
		}
		SessionView session = events.session(found.sessionId()).orElse(null);
		seats.lock(found.sessionId(), session == null ? 1 : session.capacity());
		Registration registration = find(ticket);
		RegistrationStatus was = registration.cancel(clock.instant());
		registration = repository.save(registration);
		publisher.publishEvent(new RegistrationCancelled(registration.id(), code, registration.sessionId(), ticket, was));
		if (was == RegistrationStatus.CONFIRMED) {
			seats.addConfirmed(registration.sessionId(), -1);
			promote(registration.sessionId());
		}
		RegistrationView view = view(registration);
		mails.cancelled(view);
		return view;
	}

	/**
	 * The session's capacity changed (or was first known): records it and promotes as many waitlisted
	 * as now fit.
	 */
	public void capacityChanged(EventSessionId sessionId, int capacity) {
		seats.lock(sessionId, capacity);
		seats.setCapacity(sessionId, capacity);
		promote(sessionId);
	}

	/**
	 * Lets a ticket's holder in, at the door of this event (staff only: admins and officers).
	 *
	 * @throws NotFoundException for a code that is no ticket
	 * @throws RuleRefusedException for a cancelled, waitlisted or other event's ticket
	 * @throws UsedTicketException for a ticket checked in before
	 */
	public RegistrationView checkIn(Actor actor, EventCode code, String typedCode) {
		requireStaff(actor);
		event(code);
		TicketCode ticket = TicketCode.parse(typedCode);
		if (ticket == null) {
			throw new NotFoundException("event.registration.ticket-unknown");
		}
		Registration registration = repository.findByTicketCode(ticket.value())
			.orElseThrow(() -> new NotFoundException("event.registration.ticket-unknown"));
		registration.checkIn(code, actor.username(), clock.instant());
		registration = repository.save(registration);
		publisher.publishEvent(new TicketCheckedIn(registration.id(), code, registration.sessionId(), ticket,
				actor.username(), registration.checkedInAt()));
		Long programmeSession = events.session(registration.sessionId()).map(SessionView::programmeSessionId).orElse(null);
		if (programmeSession != null) {
			publisher.publishEvent(new ProgrammeAttendance.Due(actor, programmeSession, registration.name(),
					registration.organisation()));
		}
		return view(registration);
	}

	/** Promotes the first waitlisted of the session (FIFO) into the free seats; the seat row is locked. */
	private void promote(EventSessionId sessionId) {
		SeatLedger.Seats now = seats.lock(sessionId, 1);
		List<Long> waiting = queries.waiting(sessionId);
		int moving = Waitlist.toPromote(now.capacity(), now.confirmed(), waiting.size());
		for (Long id : waiting.subList(0, moving)) {
			Registration registration = repository.findById(id).orElseThrow();
			registration.promote(clock.instant());
			registration = repository.save(registration);
			publisher.publishEvent(new RegistrationPromoted(registration.id(), registration.eventCode(), sessionId,
					registration.ticket()));
			mails.promoted(view(registration));
		}
		if (moving > 0) {
			seats.addConfirmed(sessionId, moving);
		}
	}

	private RegistrationView view(Registration registration) {
		EventView event = events.find(registration.eventCode()).orElse(null);
		SessionView session = events.session(registration.sessionId()).orElse(null);
		Integer position = registration.status() == RegistrationStatus.WAITLISTED
				? queries.waitlistPosition(registration) : null;
		return new RegistrationView(registration, event, session, position);
	}

	private Registration find(TicketCode ticket) {
		return repository.findByTicketCode(ticket.value())
			.orElseThrow(() -> new NotFoundException("event.registration.ticket-not-found"));
	}

	/** The event in any status: a registration for an unpublished one is refused with its status (422). */
	private EventView event(EventCode code) {
		return events.find(code)
			.orElseThrow(() -> new NotFoundException("event.not-found", code.value()));
	}

	private SessionView sessionOf(EventCode code, EventSessionId id) {
		return events.session(id)
			.filter(s -> s.eventCode().equals(code))
			.orElseThrow(() -> new NotFoundException("event.session.not-found", id.value()));
	}

	static void requireStaff(Actor actor) {
		if (actor.role() != Role.ADMIN && actor.role() != Role.OFFICER) {
			throw new ForbiddenException("event.registration.forbidden.check-in");
		}
	}
}
