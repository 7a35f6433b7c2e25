package id.canting.matching.internal.schedule;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The baseline the benchmark compares with: first come, first served, as event platforms' auto-schedulers
 * do: each meeting in acceptance order takes the earliest slot both sides are free and available, with a
 * table if it needs one; no meeting is ever moved.
 */
final class GreedyScheduler {

	private GreedyScheduler() {
	}

	static Map<Long, Placement> schedule(ScheduleProblem problem) {
		Set<Long> busy = new HashSet<>();
		int[] tables = new int[problem.slots()];
		Map<Long, Placement> placements = new HashMap<>();
		for (MeetingToPlace m : problem.meetings()) {
			for (int c = 0; c < problem.slots(); c++) {
				long b = m.buyer() * 1024 + c;
				long s = m.seller() * 1024 + c;
				if (busy.contains(b) || busy.contains(s) || off(problem, m.buyer(), c) || off(problem, m.seller(), c)
						|| m.atTable() && tables[c] >= problem.tablesPerSlot()) {
					continue;
				}
				busy.add(b);
				busy.add(s);
				placements.put(m.id(), m.atTable() ? new Placement(c, ++tables[c]) : Placement.atBooth(c));
				break;
			}
		}
		return placements;
	}

	private static boolean off(ScheduleProblem problem, long who, int c) {
		BitSet set = problem.unavailable().get(who);
		return set != null && set.get(c);
	}
}
