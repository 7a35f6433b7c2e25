package id.canting.matching.internal.schedule;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What every schedule must satisfy, as a list of broken rules (empty = valid); used by the tests and the benchmark. */
final class ScheduleCheck {

	private ScheduleCheck() {
	}

	static List<String> violations(ScheduleProblem problem, ScheduleResult result) {
		List<String> broken = new ArrayList<>();
		Set<String> busy = new HashSet<>();
		Set<String> tables = new HashSet<>();
		int[] tableCount = new int[problem.slots()];
		for (MeetingToPlace m : problem.meetings()) {
			Placement p = result.placements().get(m.id());
			if (m.locked() && !m.current().equals(p)) {
				broken.add("locked meeting " + m.id() + " moved from " + m.current() + " to " + p);
			}
			if (p == null) {
				continue;
			}
			if (p.slot() < 0 || p.slot() >= problem.slots()) {
				broken.add("meeting " + m.id() + " outside the slots: " + p);
				continue;
			}
			for (long who : new long[] { m.buyer(), m.seller() }) {
				if (!busy.add(who + "@" + p.slot())) {
					broken.add("participant " + who + " double-booked in slot " + p.slot());
				}
				BitSet off = problem.unavailable().get(who);
				if (!m.locked() && off != null && off.get(p.slot())) {
					broken.add("participant " + who + " placed in unavailable slot " + p.slot());
				}
			}
			if (m.atTable() != (p.table() != null)) {
				broken.add("meeting " + m.id() + " at the wrong place kind: " + p);
			}
			if (p.table() != null) {
				tableCount[p.slot()]++;
				if (!tables.add(p.table() + "@" + p.slot())) {
					broken.add("table " + p.table() + " double-booked in slot " + p.slot());
				}
				if (p.table() < 1 || !m.locked() && p.table() > problem.tablesPerSlot()) {
					broken.add("table number " + p.table() + " out of 1.." + problem.tablesPerSlot());
				}
			}
		}
		for (int c = 0; c < problem.slots(); c++) {
			if (tableCount[c] > problem.tablesPerSlot()) {
				broken.add("slot " + c + " has " + tableCount[c] + " table meetings");
			}
		}
		if (result.placed() > result.bound()) {
			broken.add("placed " + result.placed() + " above the bound " + result.bound());
		}
		if (result.placed() != result.placements().size() || result.requested() != problem.meetings().size()
				|| result.placed() + result.unplaced().size() != result.requested()) {
			broken.add("counts do not add up: " + result);
		}
		return broken;
	}

	/** Most minus fewest table meetings over slots 0..k-1. */
	static int tableSpread(ScheduleResult result, int k) {
		int[] count = new int[Math.max(k, 1)];
		result.placements().values().stream().filter(p -> p.table() != null && p.slot() < k).forEach(p -> count[p.slot()]++);
		return java.util.Arrays.stream(count).max().orElse(0) - java.util.Arrays.stream(count).min().orElse(0);
	}
}
