package id.canting.matching.internal.schedule;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.event.EventCode;
import id.canting.matching.MatchingActivity;
import id.canting.matching.MatchingParticipantId;
import id.canting.matching.ParticipantSide;
import id.canting.matching.internal.MatchingAccess;
import id.canting.matching.internal.MatchingParticipant;
import id.canting.matching.internal.MatchingParticipantRepository;
import id.canting.matching.internal.MatchingSlot;
import id.canting.matching.internal.MatchingSlotRepository;
import id.canting.matching.internal.Unavailabilities;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.NotFoundException;

/**
 * The slots a participant cannot meet in: the participant themself or the organiser marks them; an
 * officer reads those of their province's sellers. The next schedule run keeps meetings out of them.
 */
@Service
public class Availability {

	private final MatchingParticipantRepository participants;
	private final MatchingSlotRepository slots;
	private final Unavailabilities unavailabilities;
	private final ApplicationEventPublisher events;

	Availability(MatchingParticipantRepository participants, MatchingSlotRepository slots,
			Unavailabilities unavailabilities, ApplicationEventPublisher events) {
		this.participants = participants;
		this.slots = slots;
		this.unavailabilities = unavailabilities;
		this.events = events;
	}

	/** One slot of the event and whether the participant marked it unavailable. */
	public record SlotMark(long slotId, java.time.LocalDateTime startsAt, java.time.LocalDateTime endsAt,
			boolean unavailable) {
	}

	/** The event's slots in time order, each marked as the participant left it. */
	@Transactional(readOnly = true)
	public List<SlotMark> of(Actor actor, EventCode code, MatchingParticipantId id) {
		MatchingParticipant p = participant(code, id);
		MatchingAccess.requireRead(actor, p);
		Set<Long> off = unavailabilities.slotsOf(id.value());
		return slots.findByEventCode(code.value()).stream()
			.map(s -> new SlotMark(s.id(), s.startsAt(), s.endsAt(), off.contains(s.id())))
			.toList();
	}

	/**
	 * Replaces the participant's unavailable slots with {@code slotIds}.
	 *
	 * @throws InvalidInputException ({@code slots}: {@code matching.schedule.slot.unknown}) for a slot not of this event
	 */
	@Transactional
	public List<SlotMark> mark(Actor actor, EventCode code, MatchingParticipantId id, Set<Long> slotIds) {
		MatchingParticipant p = participant(code, id);
		MatchingAccess.requireAct(actor, p);
		Set<Long> known = new HashSet<>();
		slots.findByEventCode(code.value()).stream().map(MatchingSlot::id).forEach(known::add);
		List<Long> unknown = slotIds.stream().filter(s -> !known.contains(s)).sorted().toList();
		if (!unknown.isEmpty()) {
			throw new InvalidInputException(List.of(FieldViolation.of("slots", "matching.schedule.slot.unknown",
					unknown.get(0))));
		}
		unavailabilities.replace(id.value(), slotIds);
		events.publishEvent(new MatchingActivity("matching_participant", String.valueOf(id.value()), code.value(),
				p.side() == ParticipantSide.SELLER ? p.provinceCode() : null, "UNAVAILABILITY",
				slotIds.size() + " slot(s)", actor.username()));
		return of(actor, code, id);
	}

	private MatchingParticipant participant(EventCode code, MatchingParticipantId id) {
		return participants.findById(id.value()).filter(p -> p.eventCode().equals(code.value()))
			.orElseThrow(() -> new NotFoundException("matching.schedule.participant.not-found", id.value()));
	}
}
