package id.canting.matching.internal.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The scheduler for the hard case: slots participants marked unavailable, a table limit, locked meetings and
 * placements to keep. Keeps every locked and every still-valid current placement, places the rest greedily
 * ("must meet" first, then the meetings with the least room), and then repairs what is left out by cheapest
 * means first: an alternating-path interchange of two slots (a Kempe chain, checked against unavailability,
 * locks and the table limit), or putting a meeting in a slot where one or two others are in the way and
 * placing those elsewhere. In a re-schedule each step picks the option that moves the fewest meetings that
 * already had a placement, and a locked meeting is never on a moved path.
 */
final class ListScheduler {

	private final Board board;
	private final int pathLimit;
	private final long deadline;
	private final int[] before;

	/** {@code before}: each meeting's slot in the schedule being revised (-1 when new or never placed). */
	ListScheduler(Board board, int[] before, int pathLimit, long deadlineNanos) {
		this.board = board;
		this.before = before;
		this.pathLimit = pathLimit;
		this.deadline = deadlineNanos;
	}

	/** Fills the board; returns the locked meetings that clash with another locked one (left where they were: unplaced). */
	List<Integer> run() {
		List<Integer> clashes = new ArrayList<>();
		for (int m = 0; m < board.meetingCount; m++) {
			int c = before[m];
			if (board.locked[m] && c >= 0 && c < board.slots) {
				if (board.free(board.buyer[m], c) && board.free(board.seller[m], c)) {
					board.place(m, c);
				}
				else {
					clashes.add(m);
				}
			}
		}
		for (int m = 0; m < board.meetingCount; m++) {
			if (!board.locked[m] && before[m] >= 0 && board.fits(m, before[m])) {
				board.place(m, before[m]);
			}
		}
		int[] degree = board.degrees();
		int[] room = new int[board.participantCount];
		for (int p = 0; p < room.length; p++) {
			room[p] = board.slots - board.unavailable[p].get(0, board.slots).cardinality() - degree[p];
		}
		Integer[] order = IntStream.range(0, board.meetingCount).filter(m -> !board.locked[m]).boxed()
			.toArray(Integer[]::new);
		Arrays.sort(order, Comparator.<Integer>comparingInt(m -> board.must[m] ? 0 : 1)
			.thenComparingInt(m -> Math.min(room[board.buyer[m]], room[board.seller[m]]))
			.thenComparingInt(m -> m));
		for (int m : order) {
			if (board.slot[m] < 0) {
				placeDirectly(m);
			}
		}
		boolean improved = true;
		while (improved && System.nanoTime() < deadline) {
			improved = false;
			for (int m : order) {
				if (board.slot[m] < 0 && System.nanoTime() < deadline && (placeDirectly(m) || interchange(m) || displace(m))) {
					improved = true;
				}
			}
		}
		return clashes;
	}

	/** Puts {@code m} in a slot free for both sides; a table meeting in the slot with the fewest table meetings. */
	private boolean placeDirectly(int m) {
		int best = -1;
		for (int c = 0; c < board.slots; c++) {
			if (board.fits(m, c) && (best < 0 || board.table[m] && board.tableCount[c] < board.tableCount[best])) {
				best = c;
				if (!board.table[m]) {
					break;
				}
			}
		}
		if (best >= 0) {
			board.place(m, best);
		}
		return best >= 0;
	}

	/** The cheapest alternating-path interchange that frees a slot {@code m} may take at both ends. */
	private boolean interchange(int m) {
		int[] bestPath = null;
		int bestA = -1;
		int bestB = -1;
		int bestCost = Integer.MAX_VALUE;
		for (int a = 0; a < board.slots; a++) {
			if (!board.allowed(m, a)) {
				continue;
			}
			boolean freeU = board.free(board.buyer[m], a);
			boolean freeV = board.free(board.seller[m], a);
			if (freeU == freeV) {
				continue; // free at both is a direct placement (tables full); taken at both needs two paths
			}
			int blocked = freeU ? board.seller[m] : board.buyer[m];
			for (int b = 0; b < board.slots; b++) {
				if (b == a || !board.free(blocked, b)) {
					continue;
				}
				int[] path = board.path(blocked, a, b, pathLimit);
				if (path != null && board.swappable(path, a, b, board.table[m] ? 1 : 0)) {
					int cost = cost(path);
					if (cost < bestCost) {
						bestCost = cost;
						bestPath = path;
						bestA = a;
						bestB = b;
					}
				}
			}
		}
		if (bestPath == null) {
			return false;
		}
		board.swap(bestPath, bestA, bestB);
		board.place(m, bestA);
		return true;
	}

	/** Meetings a path would move away from the placement they had before this run (fresh meetings cost almost nothing). */
	private int cost(int[] path) {
		int cost = 0;
		for (int m : path) {
			cost += before[m] >= 0 ? board.meetingCount : 1;
		}
		return cost;
	}

	/**
	 * Puts {@code m} in a slot where one or two unlocked meetings are in its way and places those elsewhere;
	 * kept when no meeting is lost, or when a "must meet" takes the place of one "would like" that no longer fits.
	 */
	private boolean displace(int m) {
		for (int a = 0; a < board.slots; a++) {
			if (!board.allowed(m, a)) {
				continue;
			}
			int atU = board.at(board.buyer[m], a);
			int atV = board.at(board.seller[m], a);
			atV = atV == atU ? -1 : atV; // the same pair's other meeting
			if (!movable(atU, m) || !movable(atV, m)) {
				continue;
			}
			board.beginTrial();
			if (atU >= 0) {
				board.remove(atU);
			}
			if (atV >= 0) {
				board.remove(atV);
			}
			if (!board.fits(m, a)) {
				board.rollback();
				continue;
			}
			board.place(m, a);
			int lost = 0;
			int lostMust = 0;
			for (int out : new int[] { atU, atV }) {
				if (out >= 0 && !placeDirectly(out) && !interchange(out)) {
					lost++;
					lostMust += board.must[out] ? 1 : 0;
				}
			}
			if (lost == 0 || lost == 1 && lostMust == 0 && board.must[m]) {
				board.commit();
				return true;
			}
			board.rollback();
		}
		return false;
	}

	private boolean movable(int other, int m) {
		return other < 0 || !board.locked[other] && (board.must[m] || !board.must[other]);
	}
}
