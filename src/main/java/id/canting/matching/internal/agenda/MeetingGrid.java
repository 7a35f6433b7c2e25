package id.canting.matching.internal.agenda;

import java.time.LocalDateTime;
import java.util.List;

import id.canting.event.EventView;
import id.canting.matching.MatchingParticipantId;
import id.canting.matching.MeetingId;
import id.canting.matching.MeetingStatus;

/**
 * The organisers' view of an event's schedule: per session, a row per slot with a cell per numbered
 * table and the list of meetings at sellers' booths in that slot; below, the accepted meetings the
 * schedule has not placed. Times are local times in Western Indonesian Time.
 */
public record MeetingGrid(EventView event, List<SessionGrid> sessions, List<GridMeeting> unplaced) {

	public MeetingGrid {
		sessions = List.copyOf(sessions);
		unplaced = List.copyOf(unplaced);
	}

	/** The number of placed meetings in the grid. */
	public int placed() {
		return sessions.stream().flatMap(s -> s.slots().stream())
			.mapToInt(r -> (int) r.tables().stream().filter(c -> c.meeting() != null).count() + r.booths().size())
			.sum();
	}

	/** One business-matching session: its programme title, its tables and its slots. */
	public record SessionGrid(long sessionId, String title, String titleEn, LocalDateTime startsAt, int tables,
			List<SlotRow> slots) {

		public SessionGrid {
			slots = List.copyOf(slots);
		}

		/** The title in the reader's language (the Indonesian one when there is no English). */
		public String title(boolean english) {
			return english && titleEn != null && !titleEn.isBlank() ? titleEn : title;
		}
	}

	/** One slot: a cell for each table 1…n (a free table has no meeting) and the meetings at booths, by booth. */
	public record SlotRow(long slotId, int position, LocalDateTime startsAt, LocalDateTime endsAt, List<TableCell> tables,
			List<GridMeeting> booths) {

		public SlotRow {
			tables = List.copyOf(tables);
			booths = List.copyOf(booths);
		}
	}

	/** A table in a slot and the meeting there, or null when the table is free. */
	public record TableCell(int table, GridMeeting meeting) {
	}

	/** A meeting in the grid: buyer × seller, where, and its state. */
	public record GridMeeting(MeetingId id, MatchingParticipantId buyerId, String buyer, MatchingParticipantId sellerId,
			String seller, Integer tableNo, String booth, MeetingStatus status, boolean locked, boolean mustMeet) {
	}
}
