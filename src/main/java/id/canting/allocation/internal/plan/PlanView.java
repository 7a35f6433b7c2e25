package id.canting.allocation.internal.plan;

import java.util.List;
import java.util.Map;

import id.canting.allocation.internal.AllocationOrder;
import id.canting.allocation.internal.Explanation;

/**
 * An order's current plan as one reader may see it: the plan's figures, totals per province and per
 * delivery point (whole order), and the producers the reader may see (an officer: their province; an owner:
 * their IKM) with quantity, deliveries, reason and lock. Before any plan, the rows are the eligible
 * producers with their locks. Reasons carry the order's unit as their last argument.
 */
public record PlanView(AllocationOrder order, StoredPlan plan, List<Row> rows, List<Total> provinces,
		List<Total> points, boolean mayPlan, boolean mayConfirm, boolean mayLock) {

	/** One producer's line; {@code lock} null when not locked, {@code reason} null before any plan. */
	public record Row(long ikmId, String name, String provinceCode, long quantity, long capacity, long floor, Long lock,
			Integer distanceKm, Explanation reason, Map<String, Long> deliveries, boolean lockable) {
	}

	/** A province's or a delivery point's total; {@code demand} is the point's quantity (0 for a province). */
	public record Total(String code, String name, String provinceCode, long quantity, long demand, long producers) {
	}

	/** The plan's version, or 0 before any plan. */
	public int version() {
		return plan == null ? 0 : plan.version();
	}
}
