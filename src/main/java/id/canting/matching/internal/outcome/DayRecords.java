package id.canting.matching.internal.outcome;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.canting.event.EventCode;
import id.canting.event.EventView;
import id.canting.event.Events;
import id.canting.matching.MatchingParticipantId;
import id.canting.matching.MeetingId;
import id.canting.matching.ParticipantSide;
import id.canting.matching.internal.MatchingAccess;
import id.canting.matching.internal.MatchingParticipant;
import id.canting.matching.internal.MatchingParticipantRepository;
import id.canting.matching.internal.MatchingSlot;
import id.canting.matching.internal.MatchingSlotRepository;
import id.canting.matching.internal.Meeting;
import id.canting.matching.internal.MeetingRepository;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.NotFoundException;

/**
 * The records the day and the outcomes work on, each found within its event (another event's id is not
 * found), and who the actor is to a meeting: its buyer (the buyer's account), its seller (an owner of the
 * seller's IKM) or its organiser (ADMIN).
 */
@Component
class DayRecords {

	private final Events events;
	private final MatchingParticipantRepository participants;
	private final MeetingRepository meetings;
	private final MatchingSlotRepository slots;

	DayRecords(Events events, MatchingParticipantRepository participants, MeetingRepository meetings,
			MatchingSlotRepository slots) {
		this.events = events;
		this.participants = participants;
		this.meetings = meetings;
		this.slots = slots;
	}

	EventView event(EventCode code) {
		return events.find(code).orElseThrow(() -> new NotFoundException("event.not-found", code.value()));
	}

	MatchingParticipant participant(EventCode code, MatchingParticipantId id) {
		return participants.findById(id.value())
			.filter(p -> p.eventCode().equals(code.value()))
			.orElseThrow(() -> new NotFoundException("matching.outcome.participant.not-found", id.value()));
	}

	Optional<MatchingParticipant> participant(long id) {
		return participants.findById(id);
	}

	Meeting meeting(EventCode code, MeetingId id) {
		return meetings.findById(id.value())
			.filter(m -> m.eventCode().equals(code.value()))
			.orElseThrow(() -> new NotFoundException("matching.outcome.meeting.not-found", id.value()));
	}

	Optional<MatchingSlot> slot(Long id) {
		return id == null ? Optional.empty() : slots.findById(id);
	}

	/** The province of the meeting's seller (whose officers read the meeting's trail), or null. */
	String sellerProvince(Meeting meeting) {
		return participants.findById(meeting.seller().value()).map(MatchingParticipant::provinceCode).orElse(null);
	}

	/** The side the actor speaks for at this meeting, if any (an organiser speaks for neither). */
	Optional<ParticipantSide> sideOf(Actor actor, Meeting meeting) {
		if (actor == null || actor.isAnonymous()) {
			return Optional.empty();
		}
		if (isParticipant(actor, participants.findById(meeting.buyer().value()).orElse(null))) {
			return Optional.of(ParticipantSide.BUYER);
		}
		if (isParticipant(actor, participants.findById(meeting.seller().value()).orElse(null))) {
			return Optional.of(ParticipantSide.SELLER);
		}
		return Optional.empty();
	}

	/**
	 * The side the actor acts for: their own; an organiser names it ({@code chosen}), defaulting to none.
	 *
	 * @throws ForbiddenException for anyone else
	 */
	ParticipantSide actingSide(Actor actor, Meeting meeting, ParticipantSide chosen) {
		Optional<ParticipantSide> own = sideOf(actor, meeting);
		if (own.isPresent()) {
			return own.get();
		}
		if (actor != null && actor.isAdmin()) {
			if (chosen == null) {
				throw new InvalidInputException(List.of(FieldViolation.of("side", "validation.required")));
			}
			return chosen;
		}
		throw new ForbiddenException("matching.outcome.forbidden.meeting");
	}

	/** This participant is the actor: the buyer's account, or an owner of the seller's IKM (as the core room decides). */
	static boolean isParticipant(Actor actor, MatchingParticipant p) {
		return p != null && actor != null && MatchingAccess.isSelf(actor, p);
	}

	static void requireOrganiser(Actor actor) {
		if (actor == null || !actor.isAdmin()) {
			throw new ForbiddenException("matching.outcome.forbidden.organiser");
		}
	}
}
