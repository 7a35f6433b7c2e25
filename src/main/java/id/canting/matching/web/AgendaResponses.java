package id.canting.matching.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import id.canting.matching.MeetingPlace;
import id.canting.matching.MeetingStatus;
import id.canting.matching.ParticipantSide;
import id.canting.matching.internal.agenda.Agenda;
import id.canting.matching.internal.agenda.AgendaMeeting;
import id.canting.matching.internal.agenda.AgendaTexts;
import id.canting.matching.internal.agenda.MeetingGrid;
import id.canting.shared.web.Dates;

/** The agenda and the organisers' grid as the API returns them (times with their +07:00 offset). */
final class AgendaResponses {

	private AgendaResponses() {
	}

	/** A participant's agenda: the placed meetings by time, then those not (yet) placed. */
	record AgendaResponse(long participantId, ParticipantSide side, String companyName, String eventCode,
			String eventName, String venue, List<AgendaMeetingResponse> meetings, List<AgendaMeetingResponse> unplaced) {

		static AgendaResponse of(Agenda agenda, AgendaTexts texts, Locale locale) {
			return new AgendaResponse(agenda.participantId().value(), agenda.side(), agenda.companyName(),
					agenda.event().code().value(), agenda.event().name(),
					agenda.event().venue() + ", " + agenda.event().city(),
					agenda.meetings().stream().map(m -> AgendaMeetingResponse.of(m, texts, locale)).toList(),
					agenda.unplaced().stream().map(m -> AgendaMeetingResponse.of(m, texts, locale)).toList());
		}
	}

	/**
	 * One meeting of an agenda: the slot's day and times ({@code time} as written for readers:
	 * {@code 2 Oktober 2024, 09:00–09:20 WIB}), the other side, and the place ({@code placeKind} TABLE
	 * with {@code tableNo}, or BOOTH, the seller's {@code booth}; {@code place} in words). Times and place
	 * are null while not placed.
	 */
	record AgendaMeetingResponse(long meetingId, LocalDate date, OffsetDateTime startsAt, OffsetDateTime endsAt,
			String time, long counterpartId, String counterpart, ParticipantSide counterpartSide, MeetingPlace placeKind,
			Integer tableNo, String booth, String place, MeetingStatus status, boolean locked, boolean mustMeet,
			boolean walkIn) {

		static AgendaMeetingResponse of(AgendaMeeting m, AgendaTexts texts, Locale locale) {
			MeetingPlace kind = !m.placed() ? null : m.atTable() ? MeetingPlace.TABLE : MeetingPlace.BOOTH;
			return new AgendaMeetingResponse(m.meetingId().value(), m.placed() ? m.startsAt().toLocalDate() : null,
					Dates.offset(m.startsAt()), Dates.offset(m.endsAt()), m.placed() ? texts.time(m, locale) : null,
					m.counterpartId().value(), m.counterpart(), m.counterpartSide(), kind, m.tableNo(),
					kind == MeetingPlace.BOOTH ? m.booth() : null, m.placed() ? texts.place(m, locale) : null, m.status(),
					m.locked(), m.mustMeet(), m.walkIn());
		}
	}

	/** The organisers' grid: sessions of slots with a cell per table and the meetings at booths; the unplaced meetings. */
	record GridResponse(String eventCode, int placed, List<GridSessionResponse> sessions,
			List<GridMeetingResponse> unplaced) {

		static GridResponse of(MeetingGrid grid, boolean english) {
			return new GridResponse(grid.event().code().value(), grid.placed(),
					grid.sessions().stream().map(s -> GridSessionResponse.of(s, english)).toList(),
					grid.unplaced().stream().map(GridMeetingResponse::of).toList());
		}
	}

	/** One business-matching session of the grid. */
	record GridSessionResponse(long sessionId, String title, OffsetDateTime startsAt, int tables,
			List<GridSlotResponse> slots) {

		static GridSessionResponse of(MeetingGrid.SessionGrid s, boolean english) {
			return new GridSessionResponse(s.sessionId(), s.title(english), Dates.offset(s.startsAt()), s.tables(),
					s.slots().stream().map(GridSlotResponse::of).toList());
		}
	}

	/** A slot (a row of the grid): its tables 1…n, each with its meeting or null when free, and the meetings at booths. */
	record GridSlotResponse(long slotId, int position, OffsetDateTime startsAt, OffsetDateTime endsAt,
			List<GridTableResponse> tables, List<GridMeetingResponse> booths) {

		static GridSlotResponse of(MeetingGrid.SlotRow r) {
			return new GridSlotResponse(r.slotId(), r.position(), Dates.offset(r.startsAt()), Dates.offset(r.endsAt()),
					r.tables().stream()
						.map(c -> new GridTableResponse(c.table(), c.meeting() == null ? null : GridMeetingResponse.of(c.meeting())))
						.toList(),
					r.booths().stream().map(GridMeetingResponse::of).toList());
		}
	}

	/** A table in a slot; {@code meeting} is null when the table is free. */
	record GridTableResponse(int table, GridMeetingResponse meeting) {
	}

	/** A meeting in the grid: buyer × seller, its table (null at the seller's booth or unplaced) and state. */
	record GridMeetingResponse(long meetingId, long buyerId, String buyer, long sellerId, String seller, Integer tableNo,
			String booth, MeetingStatus status, boolean locked, boolean mustMeet) {

		static GridMeetingResponse of(MeetingGrid.GridMeeting m) {
			return new GridMeetingResponse(m.id().value(), m.buyerId().value(), m.buyer(), m.sellerId().value(),
					m.seller(), m.tableNo(), m.booth(), m.status(), m.locked(), m.mustMeet());
		}
	}

}
