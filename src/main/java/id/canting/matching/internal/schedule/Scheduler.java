package id.canting.matching.internal.schedule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import id.canting.matching.internal.schedule.ScheduleResult.Method;

/**
 * Places accepted meetings in slots (and numbered tables). Plain Java, no Spring: the service, the tests and
 * the benchmark call it the same way.
 * <ul>
 * <li>Fresh, without unavailability or locks: König. With k = the busiest participant's meetings (or more when
 * the table limit needs more slots for the table meetings) and at least k slots, every meeting is placed in k
 * slots with table meetings balanced to within one ({@link EdgeColouring}); the bound is then simply the
 * number requested. With fewer slots, the largest set
 * that fits, with the most "must meet" among such sets, is chosen by a minimum-cost flow
 * ({@link LargestPlaceable}) and coloured the same way, so placed equals the bound.</li>
 * <li>Otherwise (unavailability, locks, a re-schedule): {@link ListScheduler}, with the independent bound of
 * {@link ScheduleBound} to say how far from the best it can be.</li>
 * </ul>
 * The objective is the most meetings placed; among the meetings competing for the same places, "must meet"
 * ones go first, and a "must meet" may take the place of a "would like" that then cannot be placed.
 */
public final class Scheduler {

	/** Longest alternating path the repair tries (the König colouring is not limited). */
	static final int PATH_LIMIT = 60;

	private final Duration timeLimit;

	/** A scheduler whose repair stops after {@code timeLimit} (the result still reports the bound honestly). */
	public Scheduler(Duration timeLimit) {
		this.timeLimit = timeLimit;
	}

	/** The schedule for {@code problem}: fresh, or revised with the fewest moves when meetings have a current placement. */
	public ScheduleResult schedule(ScheduleProblem problem) {
		long started = System.nanoTime();
		List<MeetingToPlace> meetings = problem.meetings();
		Board board = new Board(meetings, problem.slots(), problem.tablesPerSlot(), problem.unavailable());
		boolean unavailability = IntStream.range(0, board.participantCount)
			.anyMatch(p -> board.unavailable[p].nextSetBit(0) >= 0 && board.unavailable[p].nextSetBit(0) < board.slots);
		boolean revising = meetings.stream().anyMatch(m -> m.current() != null);
		int[] before = meetings.stream().mapToInt(m -> m.current() == null ? -1 : m.current().slot()).toArray();
		Method method;
		List<Integer> clashes = List.of();
		int bound;
		int k = slotsNeeded(board);
		if (!unavailability && !revising && k <= board.slots) {
			// every meeting is placed: the number requested is the bound, and no flow is needed to prove it
			new EdgeColouring(board).colour(IntStream.range(0, board.meetingCount).toArray(), k);
			bound = board.meetingCount;
			method = Method.EDGE_COLOURING;
		}
		else if (!unavailability && !revising) {
			bound = ScheduleBound.compute(board);
			new EdgeColouring(board).colour(LargestPlaceable.choose(board, bound), board.slots);
			method = Method.FLOW_THEN_COLOURING;
		}
		else {
			bound = ScheduleBound.compute(board);
			long deadline = started + timeLimit.toNanos();
			clashes = new ListScheduler(board, before, PATH_LIMIT, deadline).run();
			method = Method.LIST_REPAIR;
		}
		return result(problem, board, before, bound, clashes, method, started);
	}

	/** The busiest participant's meetings, or more slots when the tables cannot hold the table meetings in that many. */
	private static int slotsNeeded(Board board) {
		int busiest = IntStream.of(board.degrees()).max().orElse(0);
		long tableMeetings = IntStream.range(0, board.meetingCount).filter(m -> board.table[m]).count();
		if (tableMeetings == 0 || board.tableLimit == ScheduleProblem.NO_TABLE_LIMIT) {
			return busiest;
		}
		if (board.tableLimit == 0) {
			return Integer.MAX_VALUE;
		}
		return (int) Math.max(busiest, (tableMeetings + board.tableLimit - 1) / board.tableLimit);
	}

	private ScheduleResult result(ScheduleProblem problem, Board board, int[] before, int bound, List<Integer> clashes,
			Method method, long started) {
		List<MeetingToPlace> meetings = problem.meetings();
		Map<Long, Placement> placements = TableNumbers.assign(board, meetings);
		UnplacedReasons reasons = new UnplacedReasons(board);
		List<Unplaced> unplaced = new ArrayList<>();
		List<Long> moved = new ArrayList<>();
		int mustRequested = 0;
		int mustPlaced = 0;
		BitSet used = new BitSet();
		for (int m = 0; m < board.meetingCount; m++) {
			MeetingToPlace meeting = meetings.get(m);
			Placement now = placements.get(meeting.id());
			mustRequested += meeting.mustMeet() ? 1 : 0;
			if (now == null) {
				unplaced.add(clashes.contains(m)
						? new Unplaced(meeting.id(), UnplacedReasons.LOCKED_CLASH, List.of(meeting.current().slot()))
						: reasons.explain(m, meeting.id()));
			}
			else {
				mustPlaced += meeting.mustMeet() ? 1 : 0;
				used.set(now.slot());
			}
			if (meeting.current() != null && !meeting.current().equals(now) && !clashes.contains(m)) {
				moved.add(meeting.id());
			}
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		return new ScheduleResult(placements, meetings.size(), placements.size(), mustRequested, mustPlaced, bound,
				used.cardinality(), moved.size(), moved, unplaced, method, millis);
	}
}
