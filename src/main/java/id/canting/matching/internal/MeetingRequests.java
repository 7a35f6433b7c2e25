package id.canting.matching.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.certification.BatikmarkStanding;
import id.canting.certification.BatikmarkStandings;
import id.canting.event.EventCode;
import id.canting.matching.MatchingActivity;
import id.canting.matching.MatchingParticipantId;
import id.canting.matching.MeetingId;
import id.canting.matching.MeetingRequestAccepted;
import id.canting.matching.MeetingRequestId;
import id.canting.matching.MeetingRequested;
import id.canting.matching.MeetingStatus;
import id.canting.matching.ParticipantSide;
import id.canting.matching.Preference;
import id.canting.matching.RequestStatus;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.NotFoundException;

/**
 * Meeting requests and the meetings they become: a participant (or the organiser for them) asks another
 * to meet under {@link RequestRules}; the receiver accepts — the meeting to schedule is created in the
 * same transaction and {@link MeetingRequestAccepted} published — or declines; the sender may withdraw
 * while nobody answered; a request nobody answers in the event's time expires. A meeting is cancelled by
 * either side or the organiser. The other side is told each time by e-mail.
 */
@Service
@Transactional
public class MeetingRequests {

	/** Meetings that count against the caps: accepted (to place or placed) and already held. */
	static final Set<MeetingStatus> COUNTED = EnumSet.of(MeetingStatus.ACCEPTED, MeetingStatus.HELD);

	/** A participant's requests: those they sent and those they received, newest first. */
	public record Inbox(List<MeetingRequest> sent, List<MeetingRequest> received) {
	}

	private final MeetingRequestRepository requests;
	private final MeetingRepository meetings;
	private final MatchingParticipants participants;
	private final MatchingSettingsRepository settings;
	private final OrganiserRules rules;
	private final BatikmarkStandings batikmark;
	private final MatchingMails mails;
	private final ApplicationEventPublisher publisher;
	private final Clock clock;

	private final MatchingWindow window;

	MeetingRequests(MeetingRequestRepository requests, MeetingRepository meetings, MatchingParticipants participants,
			MatchingSettingsRepository settings, OrganiserRules rules, BatikmarkStandings batikmark, MatchingMails mails,
			ApplicationEventPublisher publisher, Clock clock, MatchingWindow window) {
		this.window = window;
		this.requests = requests;
		this.meetings = meetings;
		this.participants = participants;
		this.settings = settings;
		this.rules = rules;
		this.batikmark = batikmark;
		this.mails = mails;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * Sends a request from {@code from} (the actor's own participation when null and they have one on
	 * the other side) to {@code to}.
	 *
	 * @throws MatchingRuleRefusedException naming the rule the request breaks (nothing is saved)
	 */
	public MeetingRequest send(Actor actor, EventCode code, MatchingParticipantId from, MatchingParticipantId to,
			Preference preference, String message) {
		List<FieldViolation> violations = new ArrayList<>();
		if (to == null) {
			violations.add(FieldViolation.of("to", "validation.required"));
		}
		if (preference == null) {
			violations.add(FieldViolation.of("preference", "validation.required"));
		}
		String text = ParticipantRules.text(violations, "message", message, 1000, false);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		MatchingParticipant receiver = participants.load(to);
		MatchingParticipant sender = from != null ? participants.load(from) : ownOpposite(actor, code, receiver);
		MatchingAccess.requireAct(actor, sender);
		if (!sender.eventCode().equals(code.value()) || !receiver.eventCode().equals(code.value())) {
			throw new NotFoundException("matching.core.participant.not-found", to.value());
		}
		window.requireOpen(code);
		MatchingSettings s = settings.forEvent(code.value());
		RequestRules.checkSend(facts(sender, receiver, s));
		Instant now = clock.instant();
		MeetingRequest request = requests.save(MeetingRequest.send(code.value(), sender, receiver, preference, text, now,
				now.plus(Duration.ofHours(s.requestExpiryHours()))));
		publisher.publishEvent(new MeetingRequested(code, request.id(), sender.id(), receiver.id(), preference));
		activity(request, sender, receiver, "CREATED", preference.name(), actor.username());
		mails.requested(request, sender, receiver);
		return request;
	}

	private MatchingParticipant ownOpposite(Actor actor, EventCode code, MatchingParticipant receiver) {
		return participants.mine(actor, code).stream()
			.filter(p -> p.side() == receiver.side().opposite())
			.findFirst()
			.orElseThrow(() -> new InvalidInputException(List.of(FieldViolation.of("from", "validation.required"))));
	}

	RequestRules.Facts facts(MatchingParticipant from, MatchingParticipant to, MatchingSettings s) {
		MatchingParticipant buyer = from.side() == ParticipantSide.BUYER ? from : to;
		MatchingParticipant seller = buyer == from ? to : from;
		boolean typeRule = buyer.side() == ParticipantSide.BUYER && seller.side() == ParticipantSide.SELLER
				&& rules.requiresBatikmark(from.eventCode(), buyer.buyerType());
		BatikmarkStanding standing = typeRule && seller.ikmId() != null ? batikmark.of(seller.ikmId())
				: BatikmarkStanding.NONE;
		boolean blocked = rules.isBlocked(from.eventCode(), buyer.id().value(), seller.id().value());
		boolean open = requests.findByOpenPair(MeetingRequest.pairKey(from.id().value(), to.id().value()))
			.filter(r -> r.status(clock.instant()).isOpen())
			.isPresent();
		long openSent = requests.findByFromIdOrderByCreatedAtDesc(from.id().value()).stream()
			.filter(r -> r.status(clock.instant()) == RequestStatus.PENDING)
			.count();
		return new RequestRules.Facts(from, to, s, blocked, typeRule, standing, open, openSent, meetingsOf(from),
				meetingsOf(to));
	}

	long meetingsOf(MatchingParticipant p) {
		return p.side() == ParticipantSide.BUYER ? meetings.countByBuyerIdAndStatusIn(p.id().value(), COUNTED)
				: meetings.countBySellerIdAndStatusIn(p.id().value(), COUNTED);
	}

	/** The receiver (or the organiser) accepts: the request becomes a meeting to place. */
	public Meeting accept(Actor actor, MeetingRequestId id, String note) {
		MeetingRequest request = load(id);
		MatchingParticipant sender = participants.load(request.from());
		MatchingParticipant receiver = participants.load(request.to());
		MatchingAccess.requireAct(actor, receiver);
		window.requireOpen(new EventCode(request.eventCode()));
		expireIfDue(request);
		RequestRules.checkAccept(facts(sender, receiver, settings.forEvent(request.eventCode())));
		request.accept(note(note), clock.instant());
		requests.save(request);
		MatchingParticipant buyer = sender.side() == ParticipantSide.BUYER ? sender : receiver;
		MatchingParticipant seller = buyer == sender ? receiver : sender;
		Meeting meeting = meetings.save(Meeting.fromRequest(request.eventCode(), request.id(), buyer.id(), seller.id(),
				request.preference() == Preference.MUST_MEET, clock.instant()));
		publisher.publishEvent(new MeetingRequestAccepted(new EventCode(request.eventCode()), request.id(), meeting.id(),
				buyer.id(), seller.id(), meeting.mustMeet()));
		activity(request, sender, receiver, "ACCEPTED", null, actor.username());
		mails.answered(request, sender, receiver, true);
		return meeting;
	}

	/** The receiver (or the organiser) declines, with an optional note to the sender. */
	public MeetingRequest decline(Actor actor, MeetingRequestId id, String note) {
		MeetingRequest request = load(id);
		MatchingParticipant sender = participants.load(request.from());
		MatchingParticipant receiver = participants.load(request.to());
		MatchingAccess.requireAct(actor, receiver);
		expireIfDue(request);
		request.decline(note(note), clock.instant());
		request = requests.save(request);
		activity(request, sender, receiver, "DECLINED", request.answerNote(), actor.username());
		mails.answered(request, sender, receiver, false);
		return request;
	}

	/** The sender (or the organiser) takes back a request nobody answered. */
	public MeetingRequest withdraw(Actor actor, MeetingRequestId id) {
		MeetingRequest request = load(id);
		MatchingParticipant sender = participants.load(request.from());
		MatchingParticipant receiver = participants.load(request.to());
		MatchingAccess.requireAct(actor, sender);
		expireIfDue(request);
		request.withdraw(clock.instant());
		request = requests.save(request);
		activity(request, sender, receiver, "WITHDRAWN", null, actor.username());
		return request;
	}

	/** A request past its time is marked EXPIRED before anyone acts on it (the job may not have run yet). */
	private void expireIfDue(MeetingRequest request) {
		if (request.expireIfDue(clock.instant())) {
			requests.save(request);
		}
	}

	/** The participant's requests, sent and received (statuses as of now: unanswered past expiry read EXPIRED). */
	@Transactional(readOnly = true)
	public Inbox inbox(Actor actor, MatchingParticipantId id) {
		MatchingParticipant p = participants.load(id);
		MatchingAccess.requireRead(actor, p);
		return new Inbox(requests.findByFromIdOrderByCreatedAtDesc(id.value()),
				requests.findByToIdOrderByCreatedAtDesc(id.value()));
	}

	/** The organiser's view of every request of the event, newest first. */
	@Transactional(readOnly = true)
	public List<MeetingRequest> all(Actor actor, EventCode code) {
		MatchingAccess.requireOrganiser(actor);
		return requests.findByEventCodeOrderByCreatedAtDesc(code.value());
	}

	@Transactional(readOnly = true)
	public MeetingRequest request(Actor actor, MeetingRequestId id) {
		MeetingRequest request = load(id);
		MatchingParticipant sender = participants.load(request.from());
		MatchingParticipant receiver = participants.load(request.to());
		if (!MatchingAccess.mayRead(actor, sender) && !MatchingAccess.mayRead(actor, receiver)) {
			throw new ForbiddenException("matching.core.forbidden.participant");
		}
		return request;
	}

	/** The participant's meetings (not cancelled ones first), by id. */
	@Transactional(readOnly = true)
	public List<Meeting> meetings(Actor actor, MatchingParticipantId id) {
		MatchingParticipant p = participants.load(id);
		MatchingAccess.requireRead(actor, p);
		List<Meeting> list = p.side() == ParticipantSide.BUYER ? meetings.findByBuyerIdOrderById(id.value())
				: meetings.findBySellerIdOrderById(id.value());
		return list.stream()
			.sorted(Comparator.comparing((Meeting m) -> m.status() == MeetingStatus.CANCELLED)
				.thenComparing(m -> m.id().value()))
			.toList();
	}

	/**
	 * Either side or the organiser cancels a meeting: its slot is free again, the pair may ask each
	 * other again, and the other side is told.
	 */
	public Meeting cancelMeeting(Actor actor, MeetingId id) {
		Meeting meeting = meetings.findById(id.value())
			.orElseThrow(() -> new NotFoundException("matching.core.meeting.not-found", id.value()));
		MatchingParticipant buyer = participants.load(meeting.buyer());
		MatchingParticipant seller = participants.load(meeting.seller());
		if (!MatchingAccess.mayAct(actor, buyer) && !MatchingAccess.mayAct(actor, seller)) {
			throw new ForbiddenException("matching.core.forbidden.participant");
		}
		meeting.cancel(actor.username());
		meeting = meetings.save(meeting);
		if (meeting.requestId() != null) {
			requests.findById(meeting.requestId().value()).ifPresent(r -> {
				r.releasePair();
				requests.save(r);
			});
		}
		publisher.publishEvent(new MatchingActivity("matching_meeting", String.valueOf(id.value()), meeting.eventCode(),
				seller.provinceCode(), "CANCELLED", buyer.companyName() + " – " + seller.companyName(),
				actor.username()));
		boolean byBuyer = MatchingAccess.isSelf(actor, buyer);
		boolean bySeller = MatchingAccess.isSelf(actor, seller);
		if (!byBuyer) {
			mails.cancelled(buyer, seller);
		}
		if (!bySeller) {
			mails.cancelled(seller, buyer);
		}
		return meeting;
	}

	private MeetingRequest load(MeetingRequestId id) {
		return requests.findById(id.value())
			.orElseThrow(() -> new NotFoundException("matching.core.request.not-found", id.value()));
	}

	private static String note(String note) {
		List<FieldViolation> violations = new ArrayList<>();
		String text = ParticipantRules.text(violations, "note", note, 1000, false);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return text;
	}

	private void activity(MeetingRequest r, MatchingParticipant from, MatchingParticipant to, String action,
			String detail, String by) {
		MatchingParticipant seller = from.side() == ParticipantSide.SELLER ? from : to;
		publisher.publishEvent(new MatchingActivity("matching_request", String.valueOf(r.id().value()), r.eventCode(),
				seller.provinceCode(), action,
				from.companyName() + " → " + to.companyName() + (detail == null ? "" : " — " + detail), by));
	}
}
