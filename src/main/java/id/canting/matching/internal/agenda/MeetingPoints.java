package id.canting.matching.internal.agenda;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.event.EventCode;
import id.canting.event.EventView;
import id.canting.event.Events;
import id.canting.event.BoothOrder;
import id.canting.matching.ParticipantSide;
import id.canting.matching.ParticipantStatus;
import id.canting.matching.internal.MatchingParticipantRepository;
import id.canting.shared.NotFoundException;

/**
 * The public meeting points of an event's business matching: the approved sellers who meet buyers at
 * their own booth, by booth as people walk the hall ({@link BoothOrder#AS_WALKED}) — the booth
 * label and the business name only, no personal data. Only for events the public may see.
 */
@Service
@Transactional(readOnly = true)
public class MeetingPoints {

	/** A seller's meeting point: the booth and the business name. */
	public record MeetingPoint(String booth, String businessName) {
	}

	private final MatchingParticipantRepository participants;
	private final Events events;

	MeetingPoints(MatchingParticipantRepository participants, Events events) {
		this.participants = participants;
		this.events = events;
	}

	/** The public event. @throws NotFoundException for an unknown event or one the public may not see */
	public EventView event(EventCode code) {
		if (!events.isPublic(code)) {
			throw new NotFoundException("matching.agenda.event.not-found", code.value());
		}
		return events.find(code).orElseThrow(() -> new NotFoundException("matching.agenda.event.not-found", code.value()));
	}

	/** The meeting points, by booth. @throws NotFoundException as {@link #event} */
	public List<MeetingPoint> of(EventCode code) {
		event(code);
		return participants
			.findByEventCodeAndSideAndStatusOrderByCompanyName(code.value(), ParticipantSide.SELLER,
					ParticipantStatus.APPROVED)
			.stream()
			.filter(p -> p.meetsAtBooth())
			.map(p -> new MeetingPoint(p.booth(), p.companyName()))
			.sorted(Comparator.comparing(MeetingPoint::booth, BoothOrder.AS_WALKED)
				.thenComparing(MeetingPoint::businessName))
			.toList();
	}
}
