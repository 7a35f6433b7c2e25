package id.canting.matching.internal.schedule;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.event.EventCode;
import id.canting.event.EventSessionId;
import id.canting.matching.internal.MatchingAccess;
import id.canting.matching.internal.MatchingSession;
import id.canting.matching.internal.MatchingSessionRepository;
import id.canting.matching.internal.MatchingSlot;
import id.canting.matching.internal.MatchingSlotRepository;
import id.canting.shared.Actor;

/** The organiser's matching sessions of an event and their slots (derived when a session is added). */
@Service
public class ScheduleSessions {

	private final MatchingSessionRepository sessions;
	private final MatchingSlotRepository slots;

	ScheduleSessions(MatchingSessionRepository sessions, MatchingSlotRepository slots) {
		this.sessions = sessions;
		this.slots = slots;
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

	/** Adds a session of {@code slotCount} slots of {@code slotMinutes}, a break after every {@code breakEvery}. */
	@Transactional
	public MatchingSession add(Actor actor, EventCode code, EventSessionId eventSession, LocalDateTime startsAt,
			int slotMinutes, int slotCount, Integer breakEvery, Integer breakMinutes, int tables) {
		MatchingAccess.requireOrganiser(actor);
		MatchingSession session = sessions.save(new MatchingSession(code.value(), eventSession, startsAt, slotMinutes,
				slotCount, breakEvery, breakMinutes, tables));
		List<LocalDateTime[]> times = session.slotTimes();
		for (int i = 0; i < times.size(); i++) {
			slots.save(new MatchingSlot(session.id(), i, times.get(i)[0], times.get(i)[1]));
		}
		return session;
	}
}
