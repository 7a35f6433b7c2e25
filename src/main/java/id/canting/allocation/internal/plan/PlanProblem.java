package id.canting.allocation.internal.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the solver is asked: who can produce how much where, what each delivery point needs, and the
 * order's rules. Pure data, no Spring; the plan service builds it from the order, the eligible producers,
 * the locks and (when re-planning) what has been produced and delivered.
 *
 * @param producers every eligible producer (its capacity for this order)
 * @param points the delivery points, each with its demand
 * @param minimumLot a producer gets 0 or at least this many (0 or 1: no lot)
 * @param maximumSharePercent no producer gets more than this share of the order's demand (null: no limit)
 * @param fairnessFactor f in the fairness floor {@code min(cap_i, ceil(f × D × cap_i / Σ cap))}, 0..1
 * @param preferredProvinces provinces whose transport cost counts {@value AllocationSolver#PREFERRED_WEIGHT}×
 */
public record PlanProblem(List<Producer> producers, List<Point> points, long minimumLot, BigDecimal maximumSharePercent,
		BigDecimal fairnessFactor, Set<String> preferredProvinces) {

	public PlanProblem {
		producers = List.copyOf(producers);
		points = List.copyOf(points);
		fairnessFactor = fairnessFactor == null ? BigDecimal.ZERO : fairnessFactor;
		preferredProvinces = preferredProvinces == null ? Set.of() : Set.copyOf(preferredProvinces);
	}

	/** The order's total demand: the sum over the delivery points. */
	public long demand() {
		return points.stream().mapToLong(Point::demand).sum();
	}

	/**
	 * One producer.
	 *
	 * @param capacity the most it can make for this order by the due date
	 * @param locked a quantity fixed by an officer or admin, or null
	 * @param delivered what it has already delivered, per delivery point code (re-plan)
	 * @param produced what it has produced to date (re-plan)
	 */
	public record Producer(long ikmId, String name, String provinceCode, long capacity, Long locked,
			Map<String, Long> delivered, long produced) {

		public Producer {
			delivered = delivered == null ? Map.of() : Map.copyOf(delivered);
		}

		/** A producer at the start of an order: nothing locked, produced or delivered. */
		public static Producer of(long ikmId, String name, String provinceCode, long capacity) {
			return new Producer(ikmId, name, provinceCode, capacity, null, Map.of(), 0);
		}

		long deliveredTotal() {
			return delivered.values().stream().mapToLong(Long::longValue).sum();
		}

		/** What it must keep in any re-plan: what it delivered or produced, whichever is more. */
		long committed() {
			return Math.max(deliveredTotal(), produced);
		}
	}

	/** A delivery point with the quantity it needs. */
	public record Point(String code, String name, String provinceCode, long demand) {
	}
}
