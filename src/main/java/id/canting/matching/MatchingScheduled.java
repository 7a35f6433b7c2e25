package id.canting.matching;

import id.canting.event.EventCode;

/**
 * The organiser ran the scheduler for an event: of {@code requested} accepted meetings {@code placed} are in
 * a slot, no schedule could place more than {@code bound}, {@code slotsUsed} slots hold meetings, and
 * {@code moved} meetings that had a placement have another one now (each also published as {@link MeetingMoved}).
 */
public record MatchingScheduled(EventCode eventCode, int requested, int placed, int bound, int slotsUsed, int moved,
		String by) {
}
