package id.canting.event.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.StreamSupport;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.event.EventCode;
import id.canting.event.EventCreated;
import id.canting.event.EventSessionId;
import id.canting.event.EventStatus;
import id.canting.event.EventView;
import id.canting.event.Events;
import id.canting.event.SessionAdded;
import id.canting.event.SessionRemoved;
import id.canting.event.SessionUpdated;
import id.canting.event.SessionView;
import id.canting.programme.TrainingSessions;
import id.canting.region.Regions;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.FieldChange;
import id.canting.shared.FieldViolation;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.Role;

/**
 * Events and their sessions: organisers (ADMIN) create and change events, move them through their
 * guarded statuses ({@link EventTransitions}) and add, change and remove sessions; everyone reads
 * what {@link Events} offers. Every change is published as an event ({@code EventCreated},
 * {@code EventUpdated}, {@code EventStatusChanged}, {@code SessionAdded}, {@code SessionUpdated},
 * {@code SessionRemoved}), which the audit trail records in the same transaction.
 */
@Service
@Transactional
public class EventManagement implements Events {

	/** Event days and session times are Western Indonesian Time. */
	public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	private final EventRepository events;
	private final EventSessionRepository sessions;
	private final Regions regions;
	private final TrainingSessions trainingSessions;
	private final ApplicationEventPublisher publisher;
	private final Clock clock;

	EventManagement(EventRepository events, EventSessionRepository sessions, Regions regions,
			TrainingSessions trainingSessions, ApplicationEventPublisher publisher, Clock clock) {
		this.events = events;
		this.sessions = sessions;
		this.regions = regions;
		this.trainingSessions = trainingSessions;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * Creates an event as a DRAFT.
	 *
	 * @throws InvalidInputException naming each broken field rule
	 * @throws ConflictException when the code is taken
	 */
	public EventView create(Actor actor, EventInput input) {
		requireOrganiser(actor);
		EventDetails details = EventRules.check(input, code -> regions.province(code).isPresent());
		events.findByCode(details.code().value()).ifPresent(other -> {
			throw new ConflictException("event.duplicate", details.code().value());
		});
		Event event = events.save(Event.draft(details, actor.username(), clock.instant()));
		publisher.publishEvent(new EventCreated(event.code(), details.name(), details.type(), actor.username()));
		return event.view();
	}

	/**
	 * Changes an event's details (its code stays). Refused when the client's version is stale, the
	 * event is CLOSED, or its new days would leave a session outside them.
	 */
	public EventView update(Actor actor, String code, int expectedVersion, EventInput input) {
		requireOrganiser(actor);
		Event event = byCode(code);
		if (event.version() != expectedVersion) {
			throw new ConflictException("problem.stale-version");
		}
		EventDetails details = EventRules.check(input, c -> regions.province(c).isPresent());
		if (!details.code().equals(event.code())) {
			throw new InvalidInputException(
					List.of(FieldViolation.of("code", "event.validation.code-fixed", event.code().value())));
		}
		long outside = sessions.findByEventId(event.id()).stream()
			.filter(s -> s.details().startsAt().toLocalDate().isBefore(details.startDate())
					|| s.details().endsAt().toLocalDate().isAfter(details.endDate()))
			.count();
		if (outside > 0) {
			throw new InvalidInputException(
					List.of(FieldViolation.of("startDate", "event.validation.sessions-outside", outside)));
		}
		event.update(details, actor.username(), clock.instant());
		return events.save(event).view();
	}

	/** Moves an event to {@code to}, if {@link EventTransitions} allows it today (Asia/Jakarta). */
	public EventView changeStatus(Actor actor, String code, EventStatus to) {
		requireOrganiser(actor);
		if (to == null) {
			throw new InvalidInputException(List.of(FieldViolation.of("status", "event.validation.required")));
		}
		Event event = byCode(code);
		event.moveTo(to, today(), actor.username(), clock.instant());
		return events.save(event).view();
	}

	/** Adds a session within the event's days; refused once the event is CLOSED. */
	public SessionView addSession(Actor actor, String code, SessionInput input) {
		requireOrganiser(actor);
		Event event = byCode(code);
		event.requireOpenForChanges();
		SessionDetails details = checked(input, event);
		EventSession session = sessions.save(EventSession.add(event.id(), details, actor.username(), clock.instant()));
		publisher.publishEvent(new SessionAdded(event.code(), session.id(), details.kind(), details.title(),
				details.startsAt(), details.capacity(), details.programmeSessionId(), actor.username()));
		return session.view(event.code());
	}

	/** Changes a session of this event; refused when the version is stale or the event is CLOSED. */
	public SessionView updateSession(Actor actor, String code, EventSessionId id, int expectedVersion,
			SessionInput input) {
		requireOrganiser(actor);
		Event event = byCode(code);
		EventSession session = sessionOf(event, id);
		event.requireOpenForChanges();
		if (session.version() != expectedVersion) {
			throw new ConflictException("problem.stale-version");
		}
		SessionDetails details = checked(input, event);
		List<FieldChange> changes = session.update(details, clock.instant());
		if (!changes.isEmpty()) {
			session = sessions.save(session);
			publisher.publishEvent(new SessionUpdated(event.code(), session.id(), changes, actor.username()));
		}
		return session.view(event.code());
	}

	/** Removes a session of this event; refused once the event is CLOSED. */
	public void removeSession(Actor actor, String code, EventSessionId id) {
		requireOrganiser(actor);
		Event event = byCode(code);
		EventSession session = sessionOf(event, id);
		event.requireOpenForChanges();
		sessions.delete(session);
		publisher.publishEvent(new SessionRemoved(event.code(), id, session.title(), actor.username()));
	}

	/** Moves an event to the status named by its code ({@code PUBLISHED}); an unknown code is refused (400). */
	public EventView changeStatus(Actor actor, String code, String status) {
		requireOrganiser(actor);
		EventStatus to = null;
		if (status != null && !status.isBlank()) {
			try {
				to = EventStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException unknown) {
				throw new InvalidInputException(
						List.of(FieldViolation.of("status", "event.validation.choice", status.strip())));
			}
		}
		return changeStatus(actor, code, to);
	}

	/** One event as {@code actor} may see it: organisers see every status, everyone else only public ones. */
	@Transactional(readOnly = true)
	public EventView event(Actor actor, String code) {
		Event event = byCode(code);
		if (!maySee(actor, event.status())) {
			throw new EventNotFoundException(event.code().value());
		}
		return event.view();
	}

	/**
	 * The events {@code actor} may see, latest first; with {@code status}, only those in it (the public
	 * asking for a status it may not see gets none).
	 */
	@Transactional(readOnly = true)
	public List<EventView> events(Actor actor, EventStatus status) {
		return list(status == null ? new EventStatus[0] : new EventStatus[] { status }).stream()
			.filter(e -> maySee(actor, e.status()))
			.toList();
	}

	/** The sessions of an event {@code actor} may see, in the order they are held. */
	@Transactional(readOnly = true)
	public List<SessionView> sessions(Actor actor, String code) {
		return sessions(event(actor, code).code());
	}

	/** One session of an event {@code actor} may see. */
	@Transactional(readOnly = true)
	public SessionView session(Actor actor, String code, EventSessionId id) {
		Event event = byCode(code);
		if (!maySee(actor, event.status())) {
			throw new EventNotFoundException(event.code().value());
		}
		return sessionOf(event, id).view(event.code());
	}

	/** Whether the actor may change events (organisers: ADMIN). */
	public boolean mayOrganise(Actor actor) {
		return actor != null && actor.isAdmin();
	}

	/**
	 * Whether the actor may read an event in this status: everyone a public one, organisers any; an event
	 * whose call for exhibitors is open also IKM owners (who apply) and officers (who endorse), so that
	 * they find the call before the event is published.
	 */
	public boolean mayRead(Actor actor, EventStatus status) {
		return maySee(actor, status);
	}

	private static boolean maySee(Actor actor, EventStatus status) {
		return status.isPublic() || (actor != null && actor.isAdmin()) || (status == EventStatus.OPEN_FOR_EXHIBITORS
				&& actor != null && (actor.role() == Role.IKM_OWNER || actor.role() == Role.OFFICER));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<EventView> find(EventCode code) {
		return events.findByCode(code.value()).map(Event::view);
	}

	@Override
	@Transactional(readOnly = true)
	public List<EventView> list(EventStatus... statuses) {
		List<EventStatus> wanted = Arrays.asList(statuses);
		return StreamSupport.stream(events.findAll().spliterator(), false)
			.filter(e -> wanted.isEmpty() || wanted.contains(e.status()))
			.sorted(Comparator.comparing(Event::startDate).reversed().thenComparing(e -> e.code().value()))
			.map(Event::view)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<SessionView> sessions(EventCode code) {
		return events.findByCode(code.value())
			.map(event -> sessions.findByEventId(event.id()).stream().map(s -> s.view(event.code())).toList())
			.orElse(List.of());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SessionView> session(EventSessionId id) {
		return sessions.findById(id.value())
			.flatMap(s -> events.findById(s.eventId()).map(event -> s.view(event.code())));
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isPublic(EventCode code) {
		return events.findByCode(code.value()).map(e -> e.status().isPublic()).orElse(false);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean takesRegistrations(EventSessionId id) {
		return sessions.findById(id.value())
			.filter(s -> now().isBefore(s.details().startsAt()))
			.flatMap(s -> events.findById(s.eventId()))
			.map(e -> e.status().takesRegistrations())
			.orElse(false);
	}

	@Override
	public LocalDateTime now() {
		return LocalDateTime.ofInstant(clock.instant(), WIB);
	}

	/** Today in Western Indonesian Time. */
	public LocalDate today() {
		return now().toLocalDate();
	}

	private Event byCode(String code) {
		String key = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
		if (!EventCode.isValid(key)) {
			throw new EventNotFoundException(String.valueOf(code));
		}
		return events.findByCode(key).orElseThrow(() -> new EventNotFoundException(key));
	}

	/** The session's rules, and its programme session (when linked) must exist. */
	private SessionDetails checked(SessionInput input, Event event) {
		SessionDetails details = EventRules.check(input, event.startDate(), event.endDate());
		Long linked = details.programmeSessionId();
		if (linked != null && trainingSessions.find(linked).isEmpty()) {
			throw new InvalidInputException(
					List.of(FieldViolation.of("programmeSessionId", "event.validation.programme-session", linked)));
		}
		return details;
	}

	private EventSession sessionOf(Event event, EventSessionId id) {
		return sessions.findById(id.value())
			.filter(s -> s.eventId() == event.id())
			.orElseThrow(() -> new SessionNotFoundException(id.value()));
	}

	private static void requireOrganiser(Actor actor) {
		if (actor == null || !actor.isAdmin()) {
			throw new ForbiddenException("event.forbidden.change");
		}
	}
}
