package id.canting.matching.internal.schedule;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The working state of a schedule: meetings and participants as dense indexes, who is busy in which slot,
 * how many table meetings each slot holds, and the alternating-path (Kempe chain) moves both schedulers use.
 * The meeting graph is bipartite (buyers, sellers), so an alternating path of two slots that starts at one
 * end of a meeting never reaches its other end: swapping the two slots along it frees one slot there.
 */
final class Board {

	final int slots;
	final int tableLimit;
	final int meetingCount;
	final int participantCount;
	final long[] participantIds;
	final int[] buyer;
	final int[] seller;
	final boolean[] table;
	final boolean[] must;
	final boolean[] locked;
	final int[] slot;
	final int[] tableCount;
	final BitSet[] unavailable;
	final boolean[] isSeller;
	private final int[] busy;
	/** While a trial runs: each meeting it touched and the slot the meeting had before (-1 = unplaced). */
	private Map<Integer, Integer> trial;

	Board(List<MeetingToPlace> meetings, int slots, int tableLimit, Map<Long, BitSet> unavailableById) {
		this.slots = slots;
		this.tableLimit = tableLimit;
		this.meetingCount = meetings.size();
		Map<Long, Integer> index = new HashMap<>();
		long[] ids = new long[2 * meetingCount];
		buyer = new int[meetingCount];
		seller = new int[meetingCount];
		table = new boolean[meetingCount];
		must = new boolean[meetingCount];
		locked = new boolean[meetingCount];
		Map<Long, Boolean> sellerSide = new HashMap<>();
		Map<Long, Boolean> sellerAtTable = new HashMap<>();
		for (int m = 0; m < meetingCount; m++) {
			MeetingToPlace meeting = meetings.get(m);
			if (Boolean.TRUE.equals(sellerSide.put(meeting.buyer(), false))
					|| Boolean.FALSE.equals(sellerSide.put(meeting.seller(), true))) {
				throw new IllegalArgumentException("participant is both buyer and seller in meeting " + meeting.id());
			}
			if (sellerAtTable.putIfAbsent(meeting.seller(), meeting.atTable()) == Boolean.valueOf(!meeting.atTable())) {
				throw new IllegalArgumentException("seller " + meeting.seller() + " meets both at tables and at the booth");
			}
			buyer[m] = index.computeIfAbsent(meeting.buyer(), k -> index.size());
			ids[buyer[m]] = meeting.buyer();
			seller[m] = index.computeIfAbsent(meeting.seller(), k -> index.size());
			ids[seller[m]] = meeting.seller();
			table[m] = meeting.atTable();
			must[m] = meeting.mustMeet();
			locked[m] = meeting.locked();
		}
		participantCount = index.size();
		participantIds = Arrays.copyOf(ids, participantCount);
		isSeller = new boolean[participantCount];
		unavailable = new BitSet[participantCount];
		for (int p = 0; p < participantCount; p++) {
			isSeller[p] = sellerSide.get(participantIds[p]);
			BitSet marked = unavailableById.get(participantIds[p]);
			unavailable[p] = marked == null ? new BitSet() : (BitSet) marked.clone();
		}
		// a locked meeting stays where the organiser confirmed it, even in a slot marked unavailable later
		for (int m = 0; m < meetingCount; m++) {
			if (locked[m] && meetings.get(m).current().slot() < slots) {
				unavailable[buyer[m]].clear(meetings.get(m).current().slot());
				unavailable[seller[m]].clear(meetings.get(m).current().slot());
			}
		}
		slot = new int[meetingCount];
		Arrays.fill(slot, -1);
		busy = new int[participantCount * slots];
		Arrays.fill(busy, -1);
		tableCount = new int[slots];
	}

	int other(int m, int p) {
		return buyer[m] == p ? seller[m] : buyer[m];
	}

	/** The meeting {@code p} has in slot {@code c}, or -1. */
	int at(int p, int c) {
		return busy[p * slots + c];
	}

	boolean free(int p, int c) {
		return busy[p * slots + c] < 0;
	}

	boolean allowed(int m, int c) {
		return c < slots && !unavailable[buyer[m]].get(c) && !unavailable[seller[m]].get(c);
	}

	boolean fits(int m, int c) {
		return allowed(m, c) && free(buyer[m], c) && free(seller[m], c) && (!table[m] || tableCount[c] < tableLimit);
	}

	void place(int m, int c) {
		if (trial != null) {
			trial.putIfAbsent(m, slot[m]);
		}
		slot[m] = c;
		busy[buyer[m] * slots + c] = m;
		busy[seller[m] * slots + c] = m;
		if (table[m]) {
			tableCount[c]++;
		}
	}

	void remove(int m) {
		if (trial != null) {
			trial.putIfAbsent(m, slot[m]);
		}
		int c = slot[m];
		busy[buyer[m] * slots + c] = -1;
		busy[seller[m] * slots + c] = -1;
		if (table[m]) {
			tableCount[c]--;
		}
		slot[m] = -1;
	}

	/**
	 * The alternating path from participant {@code p}: its meeting in slot {@code a}, then the other end's
	 * meeting in {@code b}, then in {@code a} again, and so on; null when longer than {@code limit}.
	 */
	int[] path(int p, int a, int b, int limit) {
		int[] found = new int[8];
		int length = 0;
		int vertex = p;
		int colour = a;
		int m = at(vertex, colour);
		while (m >= 0) {
			if (length == limit) {
				return null;
			}
			if (length == found.length) {
				found = Arrays.copyOf(found, length * 2);
			}
			found[length++] = m;
			vertex = other(m, vertex);
			colour = colour == a ? b : a;
			m = at(vertex, colour);
		}
		return Arrays.copyOf(found, length);
	}

	/** Whether swapping slots {@code a} and {@code b} along {@code path} keeps every meeting on it allowed, unlocked and within the table limit. */
	boolean swappable(int[] path, int a, int b, int extraTablesInA) {
		int toA = 0;
		int toB = 0;
		for (int m : path) {
			int target = slot[m] == a ? b : a;
			if (locked[m] || !allowed(m, target)) {
				return false;
			}
			if (table[m]) {
				if (target == a) {
					toA++;
				}
				else {
					toB++;
				}
			}
		}
		return tableCount[a] + toA - toB + extraTablesInA <= tableLimit && tableCount[b] + toB - toA <= tableLimit;
	}

	/** Swaps slots {@code a} and {@code b} along {@code path} (a Kempe-chain interchange). */
	void swap(int[] path, int a, int b) {
		int[] from = new int[path.length];
		for (int i = 0; i < path.length; i++) {
			from[i] = slot[path[i]];
			remove(path[i]);
		}
		for (int i = 0; i < path.length; i++) {
			place(path[i], from[i] == a ? b : a);
		}
	}

	/** Starts recording changes so that {@link #rollback()} can undo them. */
	void beginTrial() {
		trial = new HashMap<>();
	}

	/** Keeps the changes since {@link #beginTrial()}. */
	void commit() {
		trial = null;
	}

	/** Undoes the changes since {@link #beginTrial()}. */
	void rollback() {
		Map<Integer, Integer> undo = trial;
		trial = null;
		undo.keySet().forEach(m -> {
			if (slot[m] >= 0) {
				remove(m);
			}
		});
		undo.forEach((m, before) -> {
			if (before >= 0) {
				place(m, before);
			}
		});
	}

	/** Participants' meeting counts. */
	int[] degrees() {
		int[] degree = new int[participantCount];
		for (int m = 0; m < meetingCount; m++) {
			degree[buyer[m]]++;
			degree[seller[m]]++;
		}
		return degree;
	}
}
