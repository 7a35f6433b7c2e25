package id.canting.matching.internal.schedule;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The most meetings any schedule places, by trying every slot (or none) for every meeting: tiny problems only. */
final class BruteForce {

	private BruteForce() {
	}

	static int mostPlaced(ScheduleProblem problem) {
		return (int) (search(problem, 0, new HashMap<>(), new int[problem.slots()]) / 1000);
	}

	/** Among the schedules placing the most meetings, the most "must meet" ones placed. */
	static int mostMustAmongMostPlaced(ScheduleProblem problem) {
		return (int) (search(problem, 0, new HashMap<>(), new int[problem.slots()]) % 1000);
	}

	/** 1000 × placed + must placed, the best over all schedules of meetings i.. */
	private static long search(ScheduleProblem problem, int i, Map<String, Boolean> busy, int[] tables) {
		List<MeetingToPlace> meetings = problem.meetings();
		if (i == meetings.size()) {
			return 0;
		}
		long best = search(problem, i + 1, busy, tables);
		MeetingToPlace m = meetings.get(i);
		for (int c = 0; c < problem.slots(); c++) {
			String b = m.buyer() + "@" + c;
			String s = m.seller() + "@" + c;
			if (busy.containsKey(b) || busy.containsKey(s) || off(problem, m.buyer(), c) || off(problem, m.seller(), c)
					|| m.atTable() && tables[c] >= problem.tablesPerSlot()) {
				continue;
			}
			busy.put(b, true);
			busy.put(s, true);
			tables[c] += m.atTable() ? 1 : 0;
			best = Math.max(best, (m.mustMeet() ? 1001 : 1000) + search(problem, i + 1, busy, tables));
			tables[c] -= m.atTable() ? 1 : 0;
			busy.remove(b);
			busy.remove(s);
		}
		return best;
	}

	private static boolean off(ScheduleProblem problem, long who, int c) {
		BitSet set = problem.unavailable().get(who);
		return set != null && set.get(c);
	}
}
