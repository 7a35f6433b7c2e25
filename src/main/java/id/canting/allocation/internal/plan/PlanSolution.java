package id.canting.allocation.internal.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import id.canting.allocation.internal.Explanation;

/**
 * A solved plan: every producer's quantity (zero included), split per delivery point, with the reason in
 * words; the objective (transport cost proxy: quantity × km, preferred provinces weighted
 * {@value AllocationSolver#PREFERRED_WEIGHT}), the lower bound (the LP relaxation without the minimum lot)
 * and the gap between them.
 */
public record PlanSolution(long demand, long allocated, BigDecimal cost, BigDecimal lowerBound, BigDecimal gapPercent,
		String solver, List<Planned> producers) {

	/**
	 * One producer's part.
	 *
	 * @param floor its fairness floor (0 when it has none)
	 * @param distanceKm from its province to the nearest point it delivers to (or the nearest point at all)
	 * @param deliveries quantity per delivery point code (only points with a positive quantity)
	 */
	public record Planned(long ikmId, String provinceCode, long quantity, long capacity, long floor, boolean locked,
			int distanceKm, Map<String, Long> deliveries, Explanation reason) {
	}
}
