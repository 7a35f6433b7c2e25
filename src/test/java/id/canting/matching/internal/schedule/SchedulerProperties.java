package id.canting.matching.internal.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * On random small events: no participant or table is double-booked, nobody meets in a slot they marked
 * unavailable, locked meetings stay, placed never exceeds the bound, and the bound is never below the
 * true optimum (by brute force on the smallest). Without unavailability and with enough slots, every
 * meeting is placed in the busiest participant's count of slots with table meetings balanced to within one.
 */
class SchedulerProperties {

	private final Scheduler scheduler = new Scheduler(Duration.ofSeconds(5));

	@Property(tries = 300)
	void withoutUnavailabilityAndEnoughSlotsEveryMeetingIsPlacedAndTablesBalanced(@ForAll("seeds") long seed) {
		Random random = new Random(seed);
		List<MeetingToPlace> meetings = meetings(random, 2 + random.nextInt(8), 2 + random.nextInt(8),
				random.nextInt(40));
		int busiest = busiest(meetings);
		ScheduleProblem problem = ScheduleProblem.of(busiest + random.nextInt(3), ScheduleProblem.NO_TABLE_LIMIT, meetings);
		ScheduleResult result = scheduler.schedule(problem);
		assertThat(ScheduleCheck.violations(problem, result)).isEmpty();
		assertThat(result.placed()).isEqualTo(meetings.size()).isEqualTo(result.bound());
		assertThat(result.slotsUsed()).isEqualTo(busiest);
		assertThat(ScheduleCheck.tableSpread(result, busiest)).isLessThanOrEqualTo(1);
	}

	@Property(tries = 300)
	void withoutUnavailabilityTheScheduleReachesTheBound(@ForAll("seeds") long seed) {
		Random random = new Random(seed);
		List<MeetingToPlace> meetings = meetings(random, 2 + random.nextInt(8), 2 + random.nextInt(8),
				random.nextInt(random.nextBoolean() ? 10 : 40));
		ScheduleProblem problem = ScheduleProblem.of(1 + random.nextInt(4), 1 + random.nextInt(4), meetings);
		ScheduleResult result = scheduler.schedule(problem);
		assertThat(ScheduleCheck.violations(problem, result)).isEmpty();
		assertThat(result.placed()).isEqualTo(result.bound());
		if (problem.meetings().size() <= 10) {
			assertThat(result.mustPlaced()).isEqualTo(BruteForce.mostMustAmongMostPlaced(problem));
		}
	}

	@Property(tries = 300)
	void withUnavailabilityTheScheduleIsValidAndTheBoundHoldsTheOptimum(@ForAll("seeds") long seed) {
		Random random = new Random(seed);
		List<MeetingToPlace> meetings = meetings(random, 2 + random.nextInt(3), 2 + random.nextInt(3),
				random.nextInt(8));
		int slots = 1 + random.nextInt(3);
		int tables = random.nextBoolean() ? ScheduleProblem.NO_TABLE_LIMIT : random.nextInt(3);
		ScheduleProblem problem = new ScheduleProblem(slots, tables, meetings, unavailable(random, meetings, slots, 0.25));
		ScheduleResult result = scheduler.schedule(problem);
		assertThat(ScheduleCheck.violations(problem, result)).isEmpty();
		int optimum = BruteForce.mostPlaced(problem);
		assertThat(result.bound()).isGreaterThanOrEqualTo(optimum);
		assertThat(result.placed()).isLessThanOrEqualTo(optimum);
	}

	@Property(tries = 200)
	void reschedulingKeepsLockedMeetingsAndTheScheduleValid(@ForAll("seeds") long seed) {
		Random random = new Random(seed);
		int buyers = 2 + random.nextInt(8);
		int sellers = 2 + random.nextInt(8);
		List<MeetingToPlace> meetings = meetings(random, buyers, sellers, random.nextInt(40));
		int slots = 2 + random.nextInt(6);
		Map<Long, BitSet> unavailable = unavailable(random, meetings, slots, random.nextBoolean() ? 0 : 0.1);
		int tables = random.nextBoolean() ? ScheduleProblem.NO_TABLE_LIMIT : 1 + random.nextInt(4);
		ScheduleResult first = scheduler.schedule(new ScheduleProblem(slots, tables, meetings, unavailable));
		List<MeetingToPlace> revised = new ArrayList<>();
		for (MeetingToPlace m : meetings) {
			Placement p = first.placements().get(m.id());
			if (random.nextInt(5) == 0) {
				continue; // cancelled
			}
			revised.add(p == null ? m : m.placedAt(p, random.nextInt(4) == 0));
		}
		Map<Long, Boolean> atTable = new HashMap<>();
		meetings.forEach(m -> atTable.put(m.seller(), m.atTable()));
		revised.addAll(meetings(random, buyers, sellers, random.nextInt(6)).stream()
			.map(m -> new MeetingToPlace(m.id() + 1000, m.buyer(), m.seller(), m.mustMeet(),
					atTable.getOrDefault(m.seller(), m.atTable()), null, false))
			.toList());
		ScheduleProblem problem = new ScheduleProblem(slots, tables, revised, unavailable);
		ScheduleResult second = scheduler.schedule(problem);
		assertThat(ScheduleCheck.violations(problem, second)).isEmpty();
		long kept = revised.stream().filter(m -> m.current() != null).count();
		assertThat(second.placed()).isGreaterThanOrEqualTo((int) kept - second.moved());
	}

	@Provide
	Arbitrary<Long> seeds() {
		return Arbitraries.longs();
	}

	/** Random meetings between buyers 1..buyers and sellers 101..; each seller meets at tables or at a booth. */
	static List<MeetingToPlace> meetings(Random random, int buyers, int sellers, int count) {
		boolean[] atTable = new boolean[sellers];
		for (int s = 0; s < sellers; s++) {
			atTable[s] = random.nextBoolean();
		}
		List<MeetingToPlace> meetings = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			int s = random.nextInt(sellers);
			meetings.add(MeetingToPlace.of(i, 1 + random.nextInt(buyers), 101 + s, random.nextInt(4) == 0, atTable[s]));
		}
		return meetings;
	}

	static Map<Long, BitSet> unavailable(Random random, List<MeetingToPlace> meetings, int slots, double share) {
		Map<Long, BitSet> unavailable = new HashMap<>();
		for (MeetingToPlace m : meetings) {
			for (long who : new long[] { m.buyer(), m.seller() }) {
				unavailable.computeIfAbsent(who, k -> {
					BitSet off = new BitSet();
					for (int c = 0; c < slots; c++) {
						if (random.nextDouble() < share) {
							off.set(c);
						}
					}
					return off;
				});
			}
		}
		return unavailable;
	}

	static int busiest(List<MeetingToPlace> meetings) {
		Map<Long, Integer> degree = new HashMap<>();
		meetings.forEach(m -> {
			degree.merge(m.buyer(), 1, Integer::sum);
			degree.merge(m.seller(), 1, Integer::sum);
		});
		return degree.values().stream().mapToInt(Integer::intValue).max().orElse(0);
	}
}
