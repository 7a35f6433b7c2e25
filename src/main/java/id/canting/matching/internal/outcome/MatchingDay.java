package id.canting.matching.internal.outcome;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.event.EventCode;
import id.canting.event.Events;
import id.canting.matching.MatchingParticipantCheckedIn;
import id.canting.matching.MatchingParticipantId;
import id.canting.matching.MeetingAttendanceMarked;
import id.canting.matching.MeetingId;
import id.canting.matching.MeetingStatus;
import id.canting.matching.ParticipantSide;
import id.canting.matching.WalkInMeetingBooked;
import id.canting.matching.internal.MatchingParticipant;
import id.canting.matching.internal.MatchingParticipantRepository;
import id.canting.matching.internal.MatchingSession;
import id.canting.matching.internal.MatchingSessionRepository;
import id.canting.matching.internal.MatchingSlot;
import id.canting.matching.internal.MatchingSlotRepository;
import id.canting.matching.internal.Meeting;
import id.canting.matching.internal.MeetingRepository;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.FieldViolation;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.NotFoundException;
import id.canting.shared.RuleRefusedException;
import id.canting.shared.web.Dates;

/**
 * The business matching on the day: the organiser's desk checks participants in; either side marks a
 * meeting held or a no-show once its slot has started; the organiser or either participant books a
 * walk-in meeting into a slot of today where both are free. Every change is published (and so audited).
 */
@Service
@Transactional
public class MatchingDay {

	private final DayRecords records;
	private final Events events;
	private final MatchingParticipantRepository participants;
	private final MeetingRepository meetings;
	private final MatchingSlotRepository slots;
	private final MatchingSessionRepository sessions;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher publisher;
	private final Clock clock;

	MatchingDay(DayRecords records, Events events, MatchingParticipantRepository participants,
			MeetingRepository meetings, MatchingSlotRepository slots, MatchingSessionRepository sessions,
			JdbcClient jdbc, ApplicationEventPublisher publisher, Clock clock) {
		this.records = records;
		this.events = events;
		this.participants = participants;
		this.meetings = meetings;
		this.slots = slots;
		this.sessions = sessions;
		this.jdbc = jdbc;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * The organiser checks an approved participant in at the desk.
	 *
	 * @throws ConflictException ({@code matching.outcome.check-in.already}) when checked in before
	 * @throws RuleRefusedException ({@code matching.outcome.check-in.not-approved}) for one not approved
	 */
	public MatchingParticipant checkIn(Actor actor, EventCode code, MatchingParticipantId id) {
		DayRecords.requireOrganiser(actor);
		records.event(code);
		MatchingParticipant participant = records.participant(code, id);
		if (!participant.isApproved()) {
			throw new RuleRefusedException("matching.outcome.check-in.not-approved", participant.companyName());
		}
		if (participant.checkedInAt() != null) {
			throw new ConflictException("matching.outcome.check-in.already", participant.companyName(),
					Dates.dateTime(participant.checkedInAt(), LocaleContextHolder.getLocale()));
		}
		participant.checkIn(clock.instant());
		MatchingParticipant saved = participants.save(participant);
		publisher.publishEvent(new MatchingParticipantCheckedIn(code, saved.id(), saved.companyName(),
				saved.provinceCode(), saved.checkedInAt(), actor.username()));
		return saved;
	}

	/** The event's approved participants whose company name contains {@code query} (all when blank). */
	@Transactional(readOnly = true)
	public List<MatchingParticipant> desk(Actor actor, EventCode code, String query) {
		DayRecords.requireOrganiser(actor);
		records.event(code);
		String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
		return participants.findByEventCodeOrderByCompanyName(code.value()).stream()
			.filter(MatchingParticipant::isApproved)
			.filter(p -> q.isEmpty() || p.companyName().toLowerCase(Locale.ROOT).contains(q))
			.toList();
	}

	/**
	 * One side says the meeting was held, or that the other side did not come. The meeting is HELD as
	 * soon as either side says held; NO_SHOW when a side says the other did not come and neither says
	 * held; a side may correct its own mark. Only for a placed meeting, from the start of its slot.
	 *
	 * @param side the side an organiser marks for; ignored for a participant (their own side)
	 */
	public Meeting markAttendance(Actor actor, EventCode code, MeetingId id, Meeting.Check mark, ParticipantSide side) {
		if (mark == null) {
			throw new InvalidInputException(List.of(FieldViolation.of("mark", "matching.outcome.validation.mark")));
		}
		Meeting meeting = records.meeting(code, id);
		ParticipantSide acting = records.actingSide(actor, meeting, side);
		if (meeting.status() == MeetingStatus.CANCELLED) {
			throw new ConflictException("matching.outcome.attendance.cancelled");
		}
		MatchingSlot slot = records.slot(meeting.slotId())
			.orElseThrow(() -> new RuleRefusedException("matching.outcome.attendance.not-placed"));
		LocalDateTime now = events.now();
		if (now.isBefore(slot.startsAt())) {
			throw new RuleRefusedException("matching.outcome.attendance.too-early", wib(slot.startsAt()));
		}
		boolean byBuyer = acting == ParticipantSide.BUYER;
		Meeting.Check other = byBuyer ? meeting.sellerChecked() : meeting.buyerChecked();
		if (mark == Meeting.Check.NO_SHOW && other != Meeting.Check.HELD && hasOutcomes(meeting)) {
			throw new ConflictException("matching.outcome.attendance.outcomes-reported");
		}
		meeting.check(byBuyer, mark);
		Meeting saved = meetings.save(meeting);
		publisher.publishEvent(new MeetingAttendanceMarked(code, saved.id(), acting, mark.name(), saved.status(),
				records.sellerProvince(saved), actor.username()));
		return saved;
	}

	/**
	 * A walk-in meeting in a slot of today that has not ended, where neither side has a meeting nor marked
	 * the slot unavailable, at the seller's booth or a free table. Both must be approved participants of
	 * the event, buyer and seller, not blocked from meeting, and without a meeting together already.
	 *
	 * @throws ConflictException naming why the slot is not free (buyer busy, seller busy, unavailable, no table)
	 */
	public Meeting bookWalkIn(Actor actor, EventCode code, MatchingParticipantId buyerId,
			MatchingParticipantId sellerId, Long slotId) {
		List<FieldViolation> missing = new ArrayList<>();
		if (buyerId == null) {
			missing.add(FieldViolation.of("buyer", "validation.required"));
		}
		if (sellerId == null) {
			missing.add(FieldViolation.of("seller", "validation.required"));
		}
		if (slotId == null) {
			missing.add(FieldViolation.of("slot", "validation.required"));
		}
		if (!missing.isEmpty()) {
			throw new InvalidInputException(missing);
		}
		records.event(code);
		MatchingParticipant buyer = records.participant(code, buyerId);
		MatchingParticipant seller = records.participant(code, sellerId);
		if (!actor.isAdmin() && !DayRecords.isParticipant(actor, buyer) && !DayRecords.isParticipant(actor, seller)) {
			throw new ForbiddenException("matching.outcome.forbidden.walk-in");
		}
		List<FieldViolation> wrong = new ArrayList<>();
		if (buyer.side() != ParticipantSide.BUYER) {
			wrong.add(FieldViolation.of("buyer", "matching.outcome.validation.not-buyer"));
		}
		if (seller.side() != ParticipantSide.SELLER) {
			wrong.add(FieldViolation.of("seller", "matching.outcome.validation.not-seller"));
		}
		if (!wrong.isEmpty()) {
			throw new InvalidInputException(wrong);
		}
		for (MatchingParticipant p : List.of(buyer, seller)) {
			if (!p.isApproved()) {
				throw new RuleRefusedException("matching.outcome.walk-in.not-approved", p.companyName());
			}
		}
		if (blocked(code, buyer, seller)) {
			throw new RuleRefusedException("matching.outcome.walk-in.blocked", buyer.companyName(), seller.companyName());
		}
		MatchingSlot slot = slots.findById(slotId).filter(s -> sessionOf(s).eventCode().equals(code.value()))
			.orElseThrow(() -> new NotFoundException("matching.outcome.slot.not-found", slotId));
		LocalDateTime now = events.now();
		if (!slot.startsAt().toLocalDate().equals(now.toLocalDate()) || !now.isBefore(slot.endsAt())) {
			throw new RuleRefusedException("matching.outcome.walk-in.not-today", wib(slot.startsAt()));
		}
		if (meetings.findByBuyerIdOrderById(buyer.id().value()).stream()
			.anyMatch(m -> m.seller().equals(seller.id()) && m.status() != MeetingStatus.CANCELLED)) {
			throw new ConflictException("matching.outcome.walk-in.already-meeting", buyer.companyName(),
					seller.companyName());
		}
		List<Meeting> inSlot = meetings.findBySlotId(slot.id()).stream()
			.filter(m -> m.status() != MeetingStatus.CANCELLED).toList();
		for (MatchingParticipant p : List.of(buyer, seller)) {
			if (inSlot.stream().anyMatch(m -> m.buyer().equals(p.id()) || m.seller().equals(p.id()))) {
				throw new ConflictException("matching.outcome.walk-in.busy", p.companyName());
			}
			if (unavailable(p, slot)) {
				throw new ConflictException("matching.outcome.walk-in.unavailable", p.companyName());
			}
		}
		Integer table = null;
		if (!seller.meetsAtBooth()) {
			table = freeTable(sessionOf(slot).tables(), inSlot);
			if (table == null) {
				throw new ConflictException("matching.outcome.walk-in.no-table", sessionOf(slot).tables());
			}
		}
		Meeting walkIn = Meeting.walkIn(code.value(), buyer.id(), seller.id(), slot.id(), table, clock.instant());
		// booked by hand on the day: a later run of the scheduler must not move it
		walkIn.lock();
		Meeting saved = meetings.save(walkIn);
		publisher.publishEvent(new WalkInMeetingBooked(code, saved.id(), buyer.id(), seller.id(), slot.id(), table,
				seller.provinceCode(), actor.username()));
		return saved;
	}

	/** The slots of today not yet over, in order, for the walk-in form. */
	@Transactional(readOnly = true)
	public List<MatchingSlot> slotsLeftToday(EventCode code) {
		LocalDateTime now = events.now();
		return slots.findByEventCode(code.value()).stream()
			.filter(s -> s.startsAt().toLocalDate().equals(now.toLocalDate()) && now.isBefore(s.endsAt()))
			.toList();
	}

	/** The lowest table number not used in the slot, or null when all {@code tables} are taken. */
	static Integer freeTable(int tables, List<Meeting> inSlot) {
		Set<Integer> used = new TreeSet<>();
		inSlot.forEach(m -> {
			if (m.tableNo() != null) {
				used.add(m.tableNo());
			}
		});
		for (int t = 1; t <= tables; t++) {
			if (!used.contains(t)) {
				return t;
			}
		}
		return null;
	}

	/** A slot's local time (WIB) as the pages write it, in the reader's language. */
	static String wib(LocalDateTime slotTime) {
		return Dates.dateTime(slotTime.atZone(Dates.WIB), LocaleContextHolder.getLocale());
	}

	private MatchingSession sessionOf(MatchingSlot slot) {
		return sessions.findById(slot.sessionId()).orElseThrow();
	}

	private boolean unavailable(MatchingParticipant p, MatchingSlot slot) {
		return jdbc.sql("select count(*) from matching_unavailability where participant_id = ? and slot_id = ?")
			.params(p.id().value(), slot.id()).query(Long.class).single() > 0;
	}

	private boolean blocked(EventCode code, MatchingParticipant buyer, MatchingParticipant seller) {
		return jdbc.sql("select count(*) from matching_blocked_pair where event_code = ? and buyer_id = ? and seller_id = ?")
			.params(code.value(), buyer.id().value(), seller.id().value()).query(Long.class).single() > 0;
	}

	private boolean hasOutcomes(Meeting meeting) {
		return jdbc.sql("select count(*) from matching_outcome where meeting_id = ?").param(meeting.id().value())
			.query(Long.class).single() > 0;
	}
}
