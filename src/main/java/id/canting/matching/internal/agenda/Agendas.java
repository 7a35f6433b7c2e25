package id.canting.matching.internal.agenda;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.event.EventCode;
import id.canting.event.EventView;
import id.canting.event.Events;
import id.canting.matching.MatchingParticipantId;
import id.canting.matching.MeetingStatus;
import id.canting.matching.ParticipantSide;
import id.canting.matching.ParticipantStatus;
import id.canting.matching.internal.MatchingParticipant;
import id.canting.matching.internal.MatchingParticipantRepository;
import id.canting.matching.internal.MatchingSlot;
import id.canting.matching.internal.MatchingSlotRepository;
import id.canting.matching.internal.Meeting;
import id.canting.matching.internal.MeetingRepository;
import id.canting.shared.Actor;
import id.canting.shared.NotFoundException;

/**
 * Participants' agendas: each one's meetings with the time of the slot, the other side and the place
 * (a numbered table or the seller's booth), for the agenda page, its PDF and its calendar file.
 */
@Service
@Transactional(readOnly = true)
public class Agendas {

	static final Comparator<AgendaMeeting> BY_TIME = Comparator.comparing(AgendaMeeting::startsAt)
		.thenComparingInt(AgendaMeeting::slotPosition)
		.thenComparing(m -> m.meetingId().value());

	private final MatchingParticipantRepository participants;
	private final MeetingRepository meetings;
	private final MatchingSlotRepository slots;
	private final Events events;

	Agendas(MatchingParticipantRepository participants, MeetingRepository meetings, MatchingSlotRepository slots,
			Events events) {
		this.participants = participants;
		this.meetings = meetings;
		this.slots = slots;
		this.events = events;
	}

	/**
	 * One participant's agenda, for themself, the organisers or an officer of a seller's province.
	 *
	 * @throws NotFoundException for an unknown event or a participant not of this event
	 * @throws id.canting.shared.ForbiddenException for anyone else
	 */
	public Agenda of(Actor actor, EventCode code, MatchingParticipantId id) {
		EventView event = event(code);
		MatchingParticipant participant = participants.findById(id.value())
			.filter(p -> p.eventCode().equals(code.value()))
			.orElseThrow(() -> new NotFoundException("matching.agenda.participant.not-found", id.value(), code.value()));
		AgendaAccess.requireRead(actor, participant);
		return agendaOf(event, participant);
	}

	/**
	 * The actor's own agenda at this event: as a buyer (their account) or a seller (an IKM they own);
	 * empty when they take no part. A participant who withdrew or was rejected comes after one who takes part.
	 */
	public Optional<Agenda> own(Actor actor, EventCode code) {
		EventView event = event(code);
		return ownParticipant(actor, code).map(p -> agendaOf(event, p));
	}

	/** The actor's participant at this event, as {@link #own} chooses it. */
	public Optional<MatchingParticipantId> ownParticipantId(Actor actor, EventCode code) {
		return ownParticipant(actor, code).map(MatchingParticipant::id);
	}

	private Optional<MatchingParticipant> ownParticipant(Actor actor, EventCode code) {
		if (actor.isAnonymous()) {
			return Optional.empty();
		}
		List<MatchingParticipant> candidates = new ArrayList<>(
				participants.findByEventCodeAndAccountUsername(code.value(), actor.username()));
		actor.ikmIds().stream().sorted()
			.forEach(ikm -> participants.findByEventCodeAndIkmId(code.value(), ikm).ifPresent(candidates::add));
		return candidates.stream()
			.filter(p -> AgendaAccess.isOwn(actor, p))
			.min(Comparator.comparing((MatchingParticipant p) -> p.status() != ParticipantStatus.APPROVED)
				.thenComparing(p -> p.id().value()));
	}

	private EventView event(EventCode code) {
		return events.find(code).orElseThrow(() -> new NotFoundException("matching.agenda.event.not-found", code.value()));
	}

	private Agenda agendaOf(EventView event, MatchingParticipant participant) {
		boolean buyer = participant.side() == ParticipantSide.BUYER;
		long id = participant.id().value();
		List<Meeting> own = buyer ? meetings.findByBuyerIdOrderById(id) : meetings.findBySellerIdOrderById(id);
		Map<Long, MatchingSlot> slotsById = slots.findByEventCode(event.code().value()).stream()
			.collect(Collectors.toMap(MatchingSlot::id, Function.identity()));
		Set<Long> others = new HashSet<>();
		own.forEach(m -> others.add(buyer ? m.seller().value() : m.buyer().value()));
		Map<Long, MatchingParticipant> counterparts = new LinkedHashMap<>();
		participants.findAllById(others).forEach(p -> counterparts.put(p.id().value(), p));

		List<AgendaMeeting> placed = new ArrayList<>();
		List<AgendaMeeting> unplaced = new ArrayList<>();
		for (Meeting meeting : own) {
			if (meeting.status() == MeetingStatus.CANCELLED) {
				continue;
			}
			MatchingParticipant other = counterparts.get(buyer ? meeting.seller().value() : meeting.buyer().value());
			MatchingParticipant seller = buyer ? other : participant;
			MatchingSlot slot = meeting.slotId() == null ? null : slotsById.get(meeting.slotId());
			AgendaMeeting line = line(meeting, slot, other, seller);
			(slot == null ? unplaced : placed).add(line);
		}
		placed.sort(BY_TIME);
		return new Agenda(event, participant.id(), participant.side(), participant.companyName(),
				participant.provinceCode(), placed, unplaced);
	}

	static AgendaMeeting line(Meeting meeting, MatchingSlot slot, MatchingParticipant other, MatchingParticipant seller) {
		LocalDateTime starts = slot == null ? null : slot.startsAt();
		LocalDateTime ends = slot == null ? null : slot.endsAt();
		return new AgendaMeeting(meeting.id(), slot == null ? null : slot.id(), slot == null ? -1 : slot.position(),
				starts, ends, other.id(), other.companyName(), other.side(), slot == null ? null : meeting.tableNo(),
				seller == null ? null : seller.booth(), meeting.status(), meeting.locked(), meeting.mustMeet(),
				meeting.walkIn());
	}
}
