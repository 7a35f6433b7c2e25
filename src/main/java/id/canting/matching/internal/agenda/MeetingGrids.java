package id.canting.matching.internal.agenda;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.event.EventCode;
import id.canting.event.EventView;
import id.canting.event.Events;
import id.canting.event.SessionView;
import id.canting.event.BoothOrder;
import id.canting.matching.MeetingStatus;
import id.canting.matching.internal.MatchingParticipant;
import id.canting.matching.internal.MatchingParticipantRepository;
import id.canting.matching.internal.MatchingSession;
import id.canting.matching.internal.MatchingSessionRepository;
import id.canting.matching.internal.MatchingSlot;
import id.canting.matching.internal.MatchingSlotRepository;
import id.canting.matching.internal.Meeting;
import id.canting.matching.internal.MeetingRepository;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;
import id.canting.shared.NotFoundException;

/** The organisers' grid of an event's schedule ({@link MeetingGrid}), for ADMIN only. */
@Service
@Transactional(readOnly = true)
public class MeetingGrids {

	private static final Comparator<MeetingGrid.GridMeeting> BY_BOOTH = Comparator
		.comparing((MeetingGrid.GridMeeting m) -> m.booth() == null ? "" : m.booth(), BoothOrder.AS_WALKED)
		.thenComparing(m -> m.id().value());

	private final MatchingSessionRepository sessions;
	private final MatchingSlotRepository slots;
	private final MeetingRepository meetings;
	private final MatchingParticipantRepository participants;
	private final Events events;

	MeetingGrids(MatchingSessionRepository sessions, MatchingSlotRepository slots, MeetingRepository meetings,
			MatchingParticipantRepository participants, Events events) {
		this.sessions = sessions;
		this.slots = slots;
		this.meetings = meetings;
		this.participants = participants;
		this.events = events;
	}

	/**
	 * The grid of the event's sessions, slots, tables and booths, and its unplaced meetings.
	 *
	 * @throws ForbiddenException for anyone but an organiser
	 * @throws NotFoundException for an unknown event
	 */
	public MeetingGrid grid(Actor actor, EventCode code) {
		if (!actor.isAdmin()) {
			throw new ForbiddenException("matching.agenda.grid.forbidden");
		}
		EventView event = events.find(code)
			.orElseThrow(() -> new NotFoundException("matching.agenda.event.not-found", code.value()));
		Map<Long, MatchingParticipant> people = participants.findByEventCodeOrderByCompanyName(code.value()).stream()
			.collect(Collectors.toMap(p -> p.id().value(), p -> p));
		Map<Long, List<Meeting>> bySlot = new HashMap<>();
		List<MeetingGrid.GridMeeting> unplaced = new ArrayList<>();
		for (Meeting m : meetings.findByEventCode(code.value())) {
			if (m.status() == MeetingStatus.CANCELLED) {
				continue;
			}
			if (m.slotId() == null) {
				unplaced.add(cell(m, people));
			}
			else {
				bySlot.computeIfAbsent(m.slotId(), s -> new ArrayList<>()).add(m);
			}
		}
		unplaced.sort(Comparator.comparing((MeetingGrid.GridMeeting m) -> !m.mustMeet())
			.thenComparing(MeetingGrid.GridMeeting::buyer, String.CASE_INSENSITIVE_ORDER)
			.thenComparing(m -> m.id().value()));
		Map<Long, List<MatchingSlot>> slotsBySession = slots.findByEventCode(code.value()).stream()
			.collect(Collectors.groupingBy(MatchingSlot::sessionId));
		List<MeetingGrid.SessionGrid> grids = new ArrayList<>();
		for (MatchingSession session : sessions.findByEventCodeOrderByStartsAt(code.value())) {
			SessionView programme = events.session(session.eventSessionId()).orElse(null);
			List<MeetingGrid.SlotRow> rows = slotsBySession.getOrDefault(session.id(), List.of()).stream()
				.sorted(Comparator.comparingInt(MatchingSlot::position))
				.map(slot -> row(slot, session.tables(), bySlot.getOrDefault(slot.id(), List.of()), people))
				.toList();
			grids.add(new MeetingGrid.SessionGrid(session.id(), programme == null ? null : programme.title(),
					programme == null ? null : programme.titleEn(), session.startsAt(), session.tables(), rows));
		}
		return new MeetingGrid(event, grids, unplaced);
	}

	private static MeetingGrid.SlotRow row(MatchingSlot slot, int tables, List<Meeting> placed,
			Map<Long, MatchingParticipant> people) {
		Map<Integer, MeetingGrid.GridMeeting> atTables = new HashMap<>();
		List<MeetingGrid.GridMeeting> atBooths = new ArrayList<>();
		int highest = tables;
		for (Meeting m : placed) {
			MeetingGrid.GridMeeting cell = cell(m, people);
			if (m.tableNo() == null) {
				atBooths.add(cell);
			}
			else {
				atTables.putIfAbsent(m.tableNo(), cell);
				highest = Math.max(highest, m.tableNo());
			}
		}
		atBooths.sort(BY_BOOTH);
		List<MeetingGrid.TableCell> cells = new ArrayList<>();
		for (int t = 1; t <= highest; t++) {
			cells.add(new MeetingGrid.TableCell(t, atTables.get(t)));
		}
		return new MeetingGrid.SlotRow(slot.id(), slot.position(), slot.startsAt(), slot.endsAt(), cells, atBooths);
	}

	private static MeetingGrid.GridMeeting cell(Meeting m, Map<Long, MatchingParticipant> people) {
		MatchingParticipant buyer = people.get(m.buyer().value());
		MatchingParticipant seller = people.get(m.seller().value());
		return new MeetingGrid.GridMeeting(m.id(), m.buyer(), buyer == null ? "–" : buyer.companyName(), m.seller(),
				seller == null ? "–" : seller.companyName(), m.tableNo(), seller == null ? null : seller.booth(),
				m.status(), m.locked(), m.mustMeet());
	}
}
