package id.canting.matching.internal.schedule;

import java.util.List;
import java.util.Map;

/**
 * A schedule: the placement of every placed meeting by meeting id; how many were requested (accepted
 * meetings given) and placed, and the same for "must meet" ones; {@code bound}, an upper bound on what any
 * schedule can place computed independently ({@link ScheduleBound}), so {@code bound - placed} is the most
 * that could still be gained; the slots used; the previously placed meetings that were moved (none locked);
 * the meetings left out with their reasons; how the schedule was found ({@link Method}) and how long it took.
 */
public record ScheduleResult(Map<Long, Placement> placements, int requested, int placed, int mustRequested,
		int mustPlaced, int bound, int slotsUsed, int moved, List<Long> movedIds, List<Unplaced> unplaced,
		Method method, long millis) {

	public ScheduleResult {
		placements = Map.copyOf(placements);
		movedIds = List.copyOf(movedIds);
		unplaced = List.copyOf(unplaced);
	}

	/** How far the schedule is from the bound (0 = proven best). */
	public int gap() {
		return bound - placed;
	}

	/** How a schedule was found. */
	public enum Method {
		/** König: every meeting in as many slots as the busiest participant has meetings (exact). */
		EDGE_COLOURING,
		/** Fewer slots than needed: a largest placeable set by maximum flow, then coloured (exact). */
		FLOW_THEN_COLOURING,
		/** Unavailability, locks or current placements: greedy placement with alternating-path repair (bounded). */
		LIST_REPAIR
	}
}
