package id.canting.matching.internal.schedule;

import java.util.List;

/**
 * What a run of the scheduler achieved, as the organiser's page and the API show it: the counts, the bound
 * and the gap, the slots used, the meetings moved, each meeting left out with its reason in words, and how.
 */
public record ScheduleRun(int requested, int placed, int mustRequested, int mustPlaced, int bound, int slotsUsed,
		int moved, List<Long> movedMeetings, List<LeftOut> unplaced, String method, long millis) {

	/** How many more meetings the best possible schedule could place at most. */
	public int gap() {
		return bound - placed;
	}

	/** A meeting left out: its id, buyer and seller names, the reason's key and the reason in words. */
	public record LeftOut(long meetingId, String buyer, String seller, String reason, String text) {
	}
}
