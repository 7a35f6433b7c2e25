package id.canting.matching.internal.schedule;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * What the scheduler places: {@code slots} meeting slots (indexes 0..slots-1 across the sessions), at most
 * {@code tablesPerSlot} meetings at the numbered tables in any one slot ({@link #NO_TABLE_LIMIT} when the
 * hall has tables enough), the accepted meetings, and for each participant id the slot indexes they
 * marked unavailable. Meetings with a current placement make it a re-schedule: those placements are kept
 * where they remain valid and as few as possible are moved; locked ones never.
 */
public record ScheduleProblem(int slots, int tablesPerSlot, List<MeetingToPlace> meetings,
		Map<Long, BitSet> unavailable) {

	/** No limit on the meetings at tables per slot. */
	public static final int NO_TABLE_LIMIT = Integer.MAX_VALUE;

	public ScheduleProblem {
		if (slots < 0 || tablesPerSlot < 0) {
			throw new IllegalArgumentException("slots and tables cannot be negative");
		}
		meetings = List.copyOf(meetings);
		unavailable = Map.copyOf(unavailable);
	}

	/** A problem without unavailability. */
	public static ScheduleProblem of(int slots, int tablesPerSlot, List<MeetingToPlace> meetings) {
		return new ScheduleProblem(slots, tablesPerSlot, meetings, Map.of());
	}
}
