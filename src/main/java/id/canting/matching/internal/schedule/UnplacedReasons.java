package id.canting.matching.internal.schedule;

import java.util.BitSet;
import java.util.List;

/**
 * Why a meeting is left out, in the words an organiser can act on: the two sides share no available slot;
 * every common slot's tables are taken; one side has more meetings than slots they are available (and how
 * many of each); or, failing those, every slot both are available was taken by their other meetings.
 */
final class UnplacedReasons {

	static final String NO_COMMON_SLOT = "matching.schedule.unplaced.no-common-slot";
	static final String OVER_SLOTS = "matching.schedule.unplaced.over-slots";
	static final String TABLES_FULL = "matching.schedule.unplaced.tables-full";
	static final String TAKEN = "matching.schedule.unplaced.taken";
	static final String LOCKED_CLASH = "matching.schedule.unplaced.locked-clash";

	private final Board board;
	private final int[] degree;

	UnplacedReasons(Board board) {
		this.board = board;
		this.degree = board.degrees();
	}

	Unplaced explain(int m, long meetingId) {
		int u = board.buyer[m];
		int v = board.seller[m];
		BitSet common = board.unavailable[u].get(0, board.slots);
		common.or(board.unavailable[v].get(0, board.slots));
		if (common.cardinality() == board.slots) {
			return new Unplaced(meetingId, NO_COMMON_SLOT, List.of(id(u), id(v)));
		}
		if (board.table[m]) {
			boolean tablesFull = true;
			for (int c = 0; c < board.slots && tablesFull; c++) {
				tablesFull = !board.allowed(m, c) || board.tableCount[c] >= board.tableLimit;
			}
			if (tablesFull) {
				return new Unplaced(meetingId, TABLES_FULL, List.of(board.tableLimit));
			}
		}
		for (int p : new int[] { u, v }) {
			int available = board.slots - board.unavailable[p].get(0, board.slots).cardinality();
			if (degree[p] > available) {
				return new Unplaced(meetingId, OVER_SLOTS, List.of(id(p), degree[p], available));
			}
		}
		return new Unplaced(meetingId, TAKEN, List.of(id(u), id(v)));
	}

	private long id(int p) {
		return board.participantIds[p];
	}
}
