package id.canting.matching.internal.agenda;

import java.time.LocalDateTime;

import id.canting.matching.MatchingParticipantId;
import id.canting.matching.MeetingId;
import id.canting.matching.MeetingStatus;
import id.canting.matching.ParticipantSide;

/**
 * One meeting on a participant's agenda: when (a slot; null times while not placed), with whom (the
 * other side's business name) and where — at a numbered table, or at the seller's booth when the
 * table is null. Times are local times in Western Indonesian Time, as the slots are.
 */
public record AgendaMeeting(MeetingId meetingId, Long slotId, int slotPosition, LocalDateTime startsAt,
		LocalDateTime endsAt, MatchingParticipantId counterpartId, String counterpart, ParticipantSide counterpartSide,
		Integer tableNo, String booth, MeetingStatus status, boolean locked, boolean mustMeet, boolean walkIn) {

	/** Whether the meeting has a slot. */
	public boolean placed() {
		return slotId != null;
	}

	/** Whether it is at a numbered table (otherwise at the seller's booth). */
	public boolean atTable() {
		return tableNo != null;
	}

	/** Where, as a calendar's stamp compares it: {@code TABLE:7} or {@code BOOTH:A3}. */
	String placeKey() {
		return atTable() ? "TABLE:" + tableNo : "BOOTH:" + (booth == null ? "" : booth);
	}
}
