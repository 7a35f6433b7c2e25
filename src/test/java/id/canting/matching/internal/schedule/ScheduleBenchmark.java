package id.canting.matching.internal.schedule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * How to run: bench/matching.sh [SEED] — 3,000 buyers × 10,000 sellers, about 50,000 accepted meetings
 * (buyers 5–28 meetings each, sellers drawn with a skew towards popular ones, at most 30 meetings per
 * participant, 70 % of sellers at tables, a fifth of meetings "must meet"). Four runs, each against the
 * first-come greedy in the same JVM: (1) D slots (D = the busiest participant's meetings), no unavailability,
 * no table limit: placed, the table spread, time; (2) the same D slots with 10 % of participant-slots
 * unavailable and a table limit of ⌈table meetings / D⌉: placed against the maximum-flow bound; (3) and (4)
 * re-schedules of (1) and (2) after 100 cancellations and 100 new acceptances, with a tenth of the
 * placements locked: meetings moved, placed, time. Every schedule is checked by {@link ScheduleCheck}.
 */
public final class ScheduleBenchmark {

	private ScheduleBenchmark() {
	}

	public static void main(String[] args) {
		long seed = args.length > 0 ? Long.parseLong(args[0]) : 1;
		Scheduler scheduler = new Scheduler(Duration.ofSeconds(Long.getLong("seconds", 60)));
		Random random = new Random(seed);
		List<MeetingToPlace> meetings = meetings(random, 3_000, 10_000, 30);
		scheduler.schedule(ScheduleProblem.of(40, ScheduleProblem.NO_TABLE_LIMIT, meetings.subList(0, 5_000))); // warm up
		int d = SchedulerProperties.busiest(meetings);
		long tableMeetings = meetings.stream().filter(MeetingToPlace::atTable).count();
		System.out.printf("meetings %,d (must %,d, at tables %,d), busiest participant D = %d%n", meetings.size(),
				meetings.stream().filter(MeetingToPlace::mustMeet).count(), tableMeetings, d);

		ScheduleProblem konig = ScheduleProblem.of(d, ScheduleProblem.NO_TABLE_LIMIT, meetings);
		ScheduleResult first = run("1 D slots, no unavailability", scheduler, konig, d);

		Map<Long, BitSet> unavailable = new HashMap<>();
		for (MeetingToPlace m : meetings) {
			for (long who : new long[] { m.buyer(), m.seller() }) {
				unavailable.computeIfAbsent(who, k -> {
					BitSet off = new BitSet();
					for (int c = 0; c < d; c++) {
						if (random.nextInt(10) == 0) {
							off.set(c);
						}
					}
					return off;
				});
			}
		}
		int tables = (int) ((tableMeetings + d - 1) / d);
		ScheduleProblem hard = new ScheduleProblem(d, tables, meetings, unavailable);
		System.out.printf("table limit %,d per slot%n", tables);
		ScheduleResult second = run("2 D slots, 10% unavailable, table limit", scheduler, hard, d);

		run("3 re-schedule of 1", scheduler, revise(random, konig, first), d);
		run("4 re-schedule of 2", scheduler, revise(random, hard, second), d);
	}

	private static ScheduleResult run(String name, Scheduler scheduler, ScheduleProblem problem, int d) {
		ScheduleResult result = scheduler.schedule(problem);
		List<String> broken = ScheduleCheck.violations(problem, result);
		long g0 = System.nanoTime();
		Map<Long, Placement> greedy = GreedyScheduler.schedule(problem.meetings().stream().anyMatch(m -> m.current() != null)
				? new ScheduleProblem(problem.slots(), problem.tablesPerSlot(),
						problem.meetings().stream().map(m -> MeetingToPlace.of(m.id(), m.buyer(), m.seller(), m.mustMeet(),
								m.atTable())).toList(), problem.unavailable())
				: problem);
		double greedyMs = (System.nanoTime() - g0) / 1e6;
		System.out.printf("%s: %s, placed %,d of %,d (must %,d of %,d), bound %,d (%.2f %%), slots used %d, table spread %d,"
				+ " moved %,d, %,d ms; greedy placed %,d (%.2f %% of bound) in %.0f ms; broken rules: %s%n", name,
				result.method(), result.placed(), result.requested(), result.mustPlaced(), result.mustRequested(),
				result.bound(), 100.0 * result.placed() / result.bound(), result.slotsUsed(),
				ScheduleCheck.tableSpread(result, d), result.moved(), result.millis(), greedy.size(),
				100.0 * greedy.size() / result.bound(), greedyMs, broken.isEmpty() ? "none" : broken.subList(0,
						Math.min(5, broken.size())));
		return result;
	}

	/** 100 placed meetings cancelled, 100 new ones accepted (between participants with room), a tenth locked. */
	private static ScheduleProblem revise(Random random, ScheduleProblem problem, ScheduleResult result) {
		List<MeetingToPlace> placed = problem.meetings().stream().filter(m -> result.placements().containsKey(m.id()))
			.toList();
		Set<Long> cancelled = new HashSet<>();
		while (cancelled.size() < 100) {
			cancelled.add(placed.get(random.nextInt(placed.size())).id());
		}
		List<MeetingToPlace> revised = new ArrayList<>();
		Map<Long, Integer> degree = new HashMap<>();
		for (MeetingToPlace m : problem.meetings()) {
			if (cancelled.contains(m.id())) {
				continue;
			}
			Placement p = result.placements().get(m.id());
			revised.add(p == null ? m : m.placedAt(p, random.nextInt(10) == 0));
			degree.merge(m.buyer(), 1, Integer::sum);
			degree.merge(m.seller(), 1, Integer::sum);
		}
		long next = problem.meetings().size() + 1;
		Map<Long, Boolean> atTable = new HashMap<>();
		problem.meetings().forEach(m -> atTable.put(m.seller(), m.atTable()));
		List<MeetingToPlace> pool = problem.meetings();
		for (int added = 0; added < 100;) {
			MeetingToPlace a = pool.get(random.nextInt(pool.size()));
			MeetingToPlace b = pool.get(random.nextInt(pool.size()));
			if (degree.get(a.buyer()) < problem.slots() && degree.get(b.seller()) < problem.slots()) {
				revised.add(MeetingToPlace.of(next++, a.buyer(), b.seller(), random.nextInt(5) == 0, atTable.get(b.seller())));
				degree.merge(a.buyer(), 1, Integer::sum);
				degree.merge(b.seller(), 1, Integer::sum);
				added++;
			}
		}
		return new ScheduleProblem(problem.slots(), problem.tablesPerSlot(), revised, problem.unavailable());
	}

	static List<MeetingToPlace> meetings(Random random, int buyers, int sellers, int cap) {
		int[] sellerDegree = new int[sellers];
		boolean[] atTable = new boolean[sellers];
		for (int s = 0; s < sellers; s++) {
			atTable[s] = random.nextInt(10) < 7;
		}
		List<MeetingToPlace> meetings = new ArrayList<>();
		long id = 1;
		for (int b = 0; b < buyers; b++) {
			int wanted = 5 + random.nextInt(24);
			for (int i = 0; i < wanted; i++) {
				double u = random.nextDouble();
				int s = (int) (sellers * u * u);
				if (sellerDegree[s] < cap) {
					sellerDegree[s]++;
					meetings.add(MeetingToPlace.of(id++, 1 + b, 100_000 + s, random.nextInt(5) == 0, atTable[s]));
				}
			}
		}
		return meetings;
	}
}
