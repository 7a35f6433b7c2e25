package id.canting.matching.internal.schedule;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the tables of each slot 1..n: a meeting that stays in the slot it had keeps its table when that
 * number is still within the limit and not taken; the others get the lowest free numbers, in meeting order.
 */
final class TableNumbers {

	private TableNumbers() {
	}

	static Map<Long, Placement> assign(Board board, List<MeetingToPlace> meetings) {
		BitSet[] taken = new BitSet[board.slots];
		for (int c = 0; c < board.slots; c++) {
			taken[c] = new BitSet();
		}
		Map<Long, Placement> placements = new HashMap<>();
		for (int m = 0; m < board.meetingCount; m++) {
			MeetingToPlace meeting = meetings.get(m);
			Placement current = meeting.current();
			int c = board.slot[m];
			if (c >= 0 && board.table[m] && current != null && current.slot() == c && current.table() != null
					&& (current.table() <= board.tableLimit || meeting.locked()) && !taken[c].get(current.table())) {
				taken[c].set(current.table());
				placements.put(meeting.id(), current);
			}
		}
		for (int m = 0; m < board.meetingCount; m++) {
			MeetingToPlace meeting = meetings.get(m);
			int c = board.slot[m];
			if (c < 0 || placements.containsKey(meeting.id())) {
				continue;
			}
			if (!board.table[m]) {
				placements.put(meeting.id(), Placement.atBooth(c));
				continue;
			}
			int number = taken[c].nextClearBit(1);
			taken[c].set(number);
			placements.put(meeting.id(), new Placement(c, number));
		}
		return placements;
	}
}
