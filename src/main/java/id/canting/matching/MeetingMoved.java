package id.canting.matching;

import id.canting.event.EventCode;

/**
 * A re-schedule gave a placed meeting another slot or table, or had to take its place away ({@code toSlotId}
 * null); both sides are told. Slot ids are those of the event's matching slots; {@code table} null means the
 * seller's booth.
 */
public record MeetingMoved(EventCode eventCode, MeetingId meeting, MatchingParticipantId buyer,
		MatchingParticipantId seller, Long fromSlotId, Long toSlotId, Integer table) {
}
