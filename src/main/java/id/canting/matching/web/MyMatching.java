package id.canting.matching.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.canting.event.EventCode;
import id.canting.matching.MatchingParticipantId;
import id.canting.matching.RequestStatus;
import id.canting.matching.internal.MatchingParticipant;
import id.canting.matching.internal.MatchingParticipants;
import id.canting.matching.internal.Meeting;
import id.canting.matching.internal.MeetingRequest;
import id.canting.matching.internal.MeetingRequests;
import id.canting.shared.Actor;

/**
 * What the participant's page shows of one of their participations: the profile, requests in and out
 * with the other side's name and the status as of now, meetings, and whom they may still ask.
 */
@Component
class MyMatching {

	/** A request as a row: the other side's name, and whether this participant may answer or withdraw it. */
	record RequestRow(MeetingRequest request, String otherName, RequestStatus status, boolean answerable,
			boolean withdrawable) {
	}

	/** A meeting as a row, with the other side's name. */
	record MeetingRow(Meeting meeting, String otherName) {
	}

	/** One participation as the page shows it. */
	record Panel(MatchingParticipant participant, List<RequestRow> received, List<RequestRow> sent,
			List<MeetingRow> meetings, List<MatchingParticipant> counterparts) {
	}

	private final MatchingParticipants participants;
	private final MeetingRequests requests;

	MyMatching(MatchingParticipants participants, MeetingRequests requests) {
		this.participants = participants;
		this.requests = requests;
	}

	List<Panel> panels(Actor actor, EventCode code, Instant now) {
		List<MatchingParticipant> mine = participants.mine(actor, code);
		Map<Long, String> names = new HashMap<>();
		return mine.stream().map(p -> panel(actor, code, p, now, names)).toList();
	}

	private Panel panel(Actor actor, EventCode code, MatchingParticipant p, Instant now, Map<Long, String> names) {
		MeetingRequests.Inbox inbox = requests.inbox(actor, p.id());
		List<RequestRow> received = inbox.received().stream()
			.map(r -> new RequestRow(r, name(r.from(), names), r.status(now), r.status(now) == RequestStatus.PENDING,
					false))
			.toList();
		List<RequestRow> sent = inbox.sent().stream()
			.map(r -> new RequestRow(r, name(r.to(), names), r.status(now), false,
					r.status(now) == RequestStatus.PENDING))
			.toList();
		List<MeetingRow> meetings = requests.meetings(actor, p.id()).stream()
			.map(m -> new MeetingRow(m, name(p.side() == id.canting.matching.ParticipantSide.BUYER ? m.seller()
					: m.buyer(), names)))
			.toList();
		List<MatchingParticipant> counterparts = p.isApproved()
				? participants.list(actor, code, new MatchingParticipants.Filter(p.side().opposite(),
						id.canting.matching.ParticipantStatus.APPROVED))
				: List.of();
		return new Panel(p, received, sent, meetings, counterparts);
	}

	private String name(MatchingParticipantId id, Map<Long, String> names) {
		return names.computeIfAbsent(id.value(), k -> participants.load(id).companyName());
	}
}
