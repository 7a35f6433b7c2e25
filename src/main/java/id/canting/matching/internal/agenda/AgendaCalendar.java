package id.canting.matching.internal.agenda;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.canting.matching.ParticipantSide;
import id.canting.matching.internal.MatchingParticipantRepository;
import id.canting.matching.internal.Meeting;
import id.canting.matching.internal.MeetingRepository;
import id.canting.notification.CalendarInvite;
import id.canting.shared.web.Dates;

/**
 * An agenda as a calendar file (ICS): one event per placed meeting on the Jakarta clock, with a UID
 * that stays the meeting's ({@code matching-meeting-41.HBN-2024@canting}), so downloading again updates
 * the calendar instead of doubling it; a meeting moved since the last file gets a higher SEQUENCE, and
 * one cancelled or no longer placed since then is written as cancelled, so calendars take it off.
 */
@Component
public class AgendaCalendar {

	private final MeetingRepository meetings;
	private final MatchingParticipantRepository participants;
	private final AgendaStamps stamps;
	private final AgendaTexts texts;
	private final Clock clock;

	AgendaCalendar(MeetingRepository meetings, MatchingParticipantRepository participants, AgendaStamps stamps,
			AgendaTexts texts, Clock clock) {
		this.meetings = meetings;
		this.participants = participants;
		this.stamps = stamps;
		this.texts = texts;
		this.clock = clock;
	}

	/** The meeting's lasting identity in calendars. */
	static String uid(long meetingId, String eventCode) {
		return "matching-meeting-" + meetingId + "." + eventCode + "@canting";
	}

	/** The calendar file of this agenda, in the reader's language; records what it wrote (the stamps). */
	@Transactional
	public byte[] ics(Agenda agenda, Locale locale) {
		var now = clock.instant();
		String code = agenda.event().code().value();
		long id = agenda.participantId().value();
		List<Meeting> all = agenda.side() == ParticipantSide.BUYER ? meetings.findByBuyerIdOrderById(id)
				: meetings.findBySellerIdOrderById(id);
		Map<Long, AgendaStamps.Stamp> stamped = stamps.of(all.stream().map(m -> m.id().value()).toList());
		String venue = agenda.event().venue() + ", " + agenda.event().city();

		List<CalendarInvite.Entry> entries = new ArrayList<>();
		Set<Long> current = agenda.meetings().stream().map(m -> m.meetingId().value()).collect(Collectors.toSet());
		for (AgendaMeeting m : agenda.meetings()) {
			long meetingId = m.meetingId().value();
			int sequence = stamps.sequence(stamped.get(meetingId), meetingId, m.startsAt(), m.endsAt(), m.placeKey(),
					false, now);
			entries.add(new CalendarInvite.Entry(uid(meetingId, code), sequence,
					texts.text("matching.agenda.ics.summary", locale, m.counterpart()),
					texts.place(m, locale) + " · " + venue, m.startsAt(), m.endsAt(),
					texts.text(m.mustMeet() ? "matching.agenda.ics.description.must-meet" : "matching.agenda.ics.description",
							locale, agenda.event().name(), m.counterpart()),
					false));
		}
		List<Meeting> gone = all.stream()
			.filter(m -> !current.contains(m.id().value()) && stamped.containsKey(m.id().value()))
			.toList();
		Map<Long, String> names = new HashMap<>();
		participants.findAllById(gone.stream()
			.map(m -> agenda.side() == ParticipantSide.BUYER ? m.seller().value() : m.buyer().value())
			.collect(Collectors.toSet())).forEach(p -> names.put(p.id().value(), p.companyName()));
		for (Meeting m : gone) {
			AgendaStamps.Stamp stamp = stamped.get(m.id().value());
			int sequence = stamps.sequence(stamp, m.id().value(), stamp.startsAt(), stamp.endsAt(), stamp.place(), true,
					now);
			String other = names.getOrDefault(
					agenda.side() == ParticipantSide.BUYER ? m.seller().value() : m.buyer().value(), "–");
			entries.add(new CalendarInvite.Entry(uid(m.id().value(), code), sequence,
					texts.text("matching.agenda.ics.cancelled", locale, other), venue, stamp.startsAt(), stamp.endsAt(),
					null, true));
		}
		String name = texts.text("matching.agenda.ics.name", locale, agenda.event().name(), agenda.companyName());
		return CalendarInvite.calendar(name, Dates.WIB, entries, now);
	}

	/** The file's name: {@code agenda-HBN-2024-12.ics}. */
	public static String fileName(Agenda agenda, String extension) {
		return "agenda-" + agenda.event().code().value() + "-" + agenda.participantId().value() + "." + extension;
	}
}
