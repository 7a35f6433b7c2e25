package id.canting.matching.internal.schedule;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.event.EventCode;
import id.canting.event.EventSessionId;
import id.canting.event.Events;
import id.canting.event.SessionKind;
import id.canting.event.SessionView;
import id.canting.matching.MatchingActivity;
import id.canting.matching.MeetingStatus;
import id.canting.matching.internal.MatchingAccess;
import id.canting.matching.internal.MatchingSession;
import id.canting.matching.internal.MatchingSessionRepository;
import id.canting.matching.internal.MatchingSlot;
import id.canting.matching.internal.MatchingSlotRepository;
import id.canting.matching.internal.Meeting;
import id.canting.matching.internal.MeetingRepository;
import id.canting.matching.internal.Unavailabilities;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.NotFoundException;

/**
 * The organiser's matching sessions of an event and their slots (derived when a session is added or
 * changed). A session belongs to one of the event's sessions of the business-matching kind. A session
 * with placed meetings cannot be removed, nor shrunk below them (fewer slots than the last slot in use,
 * fewer tables than the highest table in use): {@link ScheduleRuleRefusedException}.
 */
@Service
public class ScheduleSessions {

	/** The layout an organiser types: times in Western Indonesian Time. */
	public record Layout(Long eventSessionId, LocalDateTime startsAt, Integer slotMinutes, Integer slotCount,
			Integer breakEvery, Integer breakMinutes, Integer tables) {
	}

	private final MatchingSessionRepository sessions;
	private final MatchingSlotRepository slots;
	private final MeetingRepository meetings;
	private final Unavailabilities unavailabilities;
	private final Events events;
	private final ApplicationEventPublisher publisher;

	ScheduleSessions(MatchingSessionRepository sessions, MatchingSlotRepository slots, MeetingRepository meetings,
			Unavailabilities unavailabilities, Events events, ApplicationEventPublisher publisher) {
		this.sessions = sessions;
		this.slots = slots;
		this.meetings = meetings;
		this.unavailabilities = unavailabilities;
		this.events = events;
		this.publisher = publisher;
	}

	/** The event's sessions in time order. */
	@Transactional(readOnly = true)
	public List<MatchingSession> list(EventCode code) {
		return sessions.findByEventCodeOrderByStartsAt(code.value());
	}

	/** The event's slots in time order. */
	@Transactional(readOnly = true)
	public List<MatchingSlot> slots(EventCode code) {
		return slots.findByEventCode(code.value());
	}

	/** The event's sessions of the business-matching kind (what a matching session may belong to). */
	@Transactional(readOnly = true)
	public List<SessionView> eventSessions(EventCode code) {
		return events.sessions(code).stream().filter(s -> s.kind() == SessionKind.BUSINESS_MATCHING).toList();
	}

	/** Adds a session of {@code slotCount} slots of {@code slotMinutes}, a break after every {@code breakEvery}. */
	@Transactional
	public MatchingSession add(Actor actor, EventCode code, EventSessionId eventSession, LocalDateTime startsAt,
			int slotMinutes, int slotCount, Integer breakEvery, Integer breakMinutes, int tables) {
		return add(actor, code, new Layout(eventSession == null ? null : eventSession.value(), startsAt, slotMinutes,
				slotCount, breakEvery, breakMinutes, tables));
	}

	/**
	 * Adds a session and derives its slots.
	 *
	 * @throws InvalidInputException naming each field out of its range, or an event session that is not one of
	 *         this event's business-matching sessions or already has a matching session
	 */
	@Transactional
	public MatchingSession add(Actor actor, EventCode code, Layout layout) {
		MatchingAccess.requireOrganiser(actor);
		check(code, layout, null);
		MatchingSession session = sessions.save(new MatchingSession(code.value(),
				new EventSessionId(layout.eventSessionId()), layout.startsAt(), layout.slotMinutes(), layout.slotCount(),
				layout.breakEvery(), layout.breakMinutes(), layout.tables()));
		List<LocalDateTime[]> times = session.slotTimes();
		for (int i = 0; i < times.size(); i++) {
			slots.save(new MatchingSlot(session.id(), i, times.get(i)[0], times.get(i)[1]));
		}
		publisher.publishEvent(new MatchingActivity("matching_session", String.valueOf(session.id()), code.value(),
				null, "CREATED", summary(session), actor.username()));
		return session;
	}

	/**
	 * Changes a session's layout (its event session stays) and derives its slots again: slots keep their
	 * position (and the meetings in them), later ones are added or dropped.
	 *
	 * @throws ScheduleRuleRefusedException ({@code slotCount}: {@code session-shrink}; {@code tables}:
	 *         {@code session-tables}) when placed meetings would lose their slot or table
	 */
	@Transactional
	public MatchingSession change(Actor actor, EventCode code, long id, Layout layout) {
		MatchingAccess.requireOrganiser(actor);
		MatchingSession session = session(code, id);
		Layout kept = new Layout(session.eventSessionId().value(), layout.startsAt(), layout.slotMinutes(),
				layout.slotCount(), layout.breakEvery(), layout.breakMinutes(), layout.tables());
		check(code, kept, session);
		List<MatchingSlot> current = slots.findBySessionIdOrderByPosition(id);
		List<Meeting> placed = placedIn(current);
		Map<Long, MatchingSlot> byId = current.stream().collect(Collectors.toMap(MatchingSlot::id, Function.identity()));
		int lastUsed = placed.stream().mapToInt(m -> byId.get(m.slotId()).position()).max().orElse(-1);
		if (kept.slotCount() <= lastUsed) {
			throw new ScheduleRuleRefusedException("slotCount", "session-shrink", lastUsed + 1);
		}
		int highestTable = placed.stream().map(Meeting::tableNo).filter(Objects::nonNull).mapToInt(Integer::intValue)
			.max().orElse(0);
		if (kept.tables() < highestTable) {
			throw new ScheduleRuleRefusedException("tables", "session-tables", highestTable);
		}
		session.change(kept.startsAt(), kept.slotMinutes(), kept.slotCount(), kept.breakEvery(), kept.breakMinutes(),
				kept.tables());
		MatchingSession saved = sessions.save(session);
		List<LocalDateTime[]> times = saved.slotTimes();
		for (MatchingSlot slot : current) {
			if (slot.position() < times.size()) {
				slot.retime(times.get(slot.position())[0], times.get(slot.position())[1]);
				slots.save(slot);
			}
			else {
				unavailabilities.forgetSlot(slot.id());
				slots.delete(slot);
			}
		}
		for (int i = current.size(); i < times.size(); i++) {
			slots.save(new MatchingSlot(saved.id(), i, times.get(i)[0], times.get(i)[1]));
		}
		publisher.publishEvent(new MatchingActivity("matching_session", String.valueOf(id), code.value(), null,
				"UPDATED", summary(saved), actor.username()));
		return saved;
	}

	/**
	 * Removes a session and its slots (and the unavailability marked in them).
	 *
	 * @throws ScheduleRuleRefusedException ({@code id}: {@code session-has-meetings}) while meetings are placed in it
	 */
	@Transactional
	public void remove(Actor actor, EventCode code, long id) {
		MatchingAccess.requireOrganiser(actor);
		MatchingSession session = session(code, id);
		List<MatchingSlot> current = slots.findBySessionIdOrderByPosition(id);
		int placed = placedIn(current).size();
		if (placed > 0) {
			throw new ScheduleRuleRefusedException("id", "session-has-meetings", placed);
		}
		for (MatchingSlot slot : current) {
			unavailabilities.forgetSlot(slot.id());
			slots.delete(slot);
		}
		sessions.delete(session);
		publisher.publishEvent(new MatchingActivity("matching_session", String.valueOf(id), code.value(), null,
				"DELETED", summary(session), actor.username()));
	}

	/** One session of the event. */
	@Transactional(readOnly = true)
	public MatchingSession session(EventCode code, long id) {
		return sessions.findById(id).filter(s -> s.eventCode().equals(code.value()))
			.orElseThrow(() -> new NotFoundException("matching.schedule.session.not-found", id));
	}

	private List<Meeting> placedIn(List<MatchingSlot> sessionSlots) {
		List<Meeting> placed = new ArrayList<>();
		for (MatchingSlot slot : sessionSlots) {
			meetings.findBySlotId(slot.id()).stream().filter(m -> m.status() != MeetingStatus.CANCELLED)
				.forEach(placed::add);
		}
		return placed;
	}

	private void check(EventCode code, Layout l, MatchingSession existing) {
		List<FieldViolation> wrong = new ArrayList<>();
		if (l.eventSessionId() == null) {
			wrong.add(FieldViolation.of("eventSessionId", "validation.required"));
		}
		else if (existing == null) {
			boolean ofEvent = eventSessions(code).stream().anyMatch(s -> s.id().value() == l.eventSessionId());
			if (!ofEvent) {
				wrong.add(FieldViolation.of("eventSessionId", "matching.schedule.session.event-session",
						l.eventSessionId()));
			}
		}
		if (l.startsAt() == null) {
			wrong.add(FieldViolation.of("startsAt", "validation.required"));
		}
		range(wrong, "slotMinutes", l.slotMinutes(), 5, 240);
		range(wrong, "slotCount", l.slotCount(), 1, 200);
		range(wrong, "tables", l.tables(), 0, 1000);
		if ((l.breakEvery() == null) != (l.breakMinutes() == null)) {
			wrong.add(FieldViolation.of(l.breakEvery() == null ? "breakEvery" : "breakMinutes",
					"matching.schedule.session.breaks"));
		}
		else if (l.breakEvery() != null) {
			range(wrong, "breakEvery", l.breakEvery(), 1, 200);
			range(wrong, "breakMinutes", l.breakMinutes(), 1, 240);
		}
		if (wrong.isEmpty() && overlapsAnother(code, l, existing)) {
			// one block of the programme may hold several rounds (morning, afternoon), never two at once
			wrong.add(FieldViolation.of("startsAt", "matching.schedule.session.overlap"));
		}
		if (!wrong.isEmpty()) {
			throw new InvalidInputException(wrong);
		}
	}

	private boolean overlapsAnother(EventCode code, Layout l, MatchingSession existing) {
		List<LocalDateTime[]> times = new MatchingSession(code.value(), new EventSessionId(l.eventSessionId()),
				l.startsAt(), l.slotMinutes(), l.slotCount(), l.breakEvery(), l.breakMinutes(), l.tables()).slotTimes();
		LocalDateTime start = times.get(0)[0];
		LocalDateTime end = times.get(times.size() - 1)[1];
		return sessions.findByEventCodeOrderByStartsAt(code.value()).stream()
			.filter(other -> existing == null || !other.id().equals(existing.id()))
			.map(MatchingSession::slotTimes)
			.anyMatch(other -> start.isBefore(other.get(other.size() - 1)[1]) && other.get(0)[0].isBefore(end));
	}

	private static void range(List<FieldViolation> wrong, String field, Integer value, int min, int max) {
		if (value == null) {
			wrong.add(FieldViolation.of(field, "validation.required"));
		}
		else if (value < min || value > max) {
			wrong.add(FieldViolation.of(field, "matching.schedule.session.range", min, max));
		}
	}

	private static String summary(MatchingSession s) {
		return s.startsAt() + ", " + s.slotCount() + " × " + s.slotMinutes() + " min, " + s.tables() + " tables";
	}
}
