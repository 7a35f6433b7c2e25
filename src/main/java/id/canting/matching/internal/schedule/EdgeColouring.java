package id.canting.matching.internal.schedule;

/**
 * König's theorem made constructive: the meetings of a bipartite multigraph whose busiest participant
 * has at most {@code k} of them are placed in {@code k} slots, each meeting in one slot and nobody twice
 * in a slot, by alternating-path (Kempe chain) recolouring. Then the table meetings are balanced over
 * the slots to within one by further interchanges.
 *
 * <p>Why the balancing always succeeds: whether a meeting takes a table depends on its seller only. On an
 * alternating path of slots a and b every inner seller has one meeting in each, so interchanging the path
 * changes the table meetings of slot a by the path's end sellers alone; and a path between two sellers has
 * an even number of meetings, so its ends are in different slots. Hence every path moves at most one table
 * meeting from a to b, and while slot a holds two or more table meetings than slot b some path moves exactly
 * one (their sum is the difference). Each interchange lowers the sum of squared table counts, so it ends
 * with every pair of slots within one (an equitable edge-colouring, as de Werra showed exists).
 */
final class EdgeColouring {

	private final Board board;

	EdgeColouring(Board board) {
		this.board = board;
	}

	/** Places {@code meetings} (indexes on the board, none placed yet) in slots 0..k-1 of a board without unavailability. */
	void colour(int[] meetings, int k) {
		for (int m : meetings) {
			place(m, k);
		}
		balanceTables(k);
	}

	private void place(int m, int k) {
		int u = board.buyer[m];
		int v = board.seller[m];
		int both = -1;
		int freeAtU = -1;
		int freeAtV = -1;
		for (int c = 0; c < k; c++) {
			boolean fu = board.free(u, c);
			boolean fv = board.free(v, c);
			if (fu && fv && (both < 0 || board.table[m] && board.tableCount[c] < board.tableCount[both])) {
				both = c;
			}
			if (fu && freeAtU < 0) {
				freeAtU = c;
			}
			if (fv && freeAtV < 0) {
				freeAtV = c;
			}
		}
		if (both >= 0) {
			board.place(m, both);
			return;
		}
		if (freeAtU < 0 || freeAtV < 0) {
			throw new IllegalStateException("a participant has more than " + k + " meetings");
		}
		// a is free at u and taken at v; b is free at v: interchange a/b along the path from v, then a is free at both
		int a = freeAtU;
		int b = freeAtV;
		board.swap(board.path(v, a, b, Integer.MAX_VALUE), a, b);
		board.place(m, a);
	}

	private void balanceTables(int k) {
		if (k < 2) {
			return;
		}
		int[] tableSellers = java.util.stream.IntStream.range(0, board.meetingCount).filter(m -> board.table[m])
			.map(m -> board.seller[m]).distinct().toArray();
		while (true) {
			int most = 0;
			int least = 0;
			for (int c = 1; c < k; c++) {
				most = board.tableCount[c] > board.tableCount[most] ? c : most;
				least = board.tableCount[c] < board.tableCount[least] ? c : least;
			}
			if (board.tableCount[most] - board.tableCount[least] <= 1) {
				return;
			}
			if (!moveOneTable(tableSellers, most, least)) {
				throw new IllegalStateException("no alternating path moves a table meeting; the argument above says there is one");
			}
		}
	}

	/** Finds a path from a table seller with a meeting in {@code a} and none in {@code b} that moves one table meeting to {@code b}. */
	private boolean moveOneTable(int[] tableSellers, int a, int b) {
		for (int s : tableSellers) {
			if (board.free(s, a) || !board.free(s, b)) {
				continue;
			}
			int[] path = board.path(s, a, b, Integer.MAX_VALUE);
			int last = path[path.length - 1];
			int end = s;
			for (int m : path) {
				end = board.other(m, end);
			}
			boolean endsAtTableSellerInB = board.isSeller[end] && board.table[last] && board.slot[last] == b;
			if (!endsAtTableSellerInB) {
				board.swap(path, a, b);
				return true;
			}
		}
		return false;
	}
}
