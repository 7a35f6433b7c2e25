package id.canting.allocation.internal.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

import id.canting.allocation.internal.Explanation;
import id.canting.allocation.internal.PlanInfeasibleException;
import id.canting.allocation.internal.plan.PlanBounds.Kind;
import id.canting.allocation.internal.plan.PlanBounds.Range;
import id.canting.allocation.internal.plan.PlanProblem.Point;

/**
 * Solves an allocation: meet each delivery point's demand exactly from the producers' ranges
 * ({@link PlanBounds}) at the least transport cost (quantity × km between the producer's province and the
 * point's, {@link ProvinceDistances}; a preferred province's km count {@value #PREFERRED_WEIGHT}×).
 *
 * <p>Because the cost depends only on (province, point), the model has one variable per province and
 * point ({@link ProvinceGroup}): at most 38 × points, however many producers. When every producer is
 * locked or forced (fairness factor above 0, or no lot) the province totals range over intervals and the
 * model is a linear programme; otherwise each province gets an integer count of its optional producers
 * that take part, and its total is held under the concave envelope of "the k largest capacities" — a
 * small mixed-integer programme. Both are solved by ojAlgo. With the counts fixed, a last linear
 * programme gives integral flows (its constraint matrix is that of a transportation problem, so the
 * simplex vertex is integral), which {@link ProvinceSplit} shares among the province's producers.
 *
 * <p>The lower bound is the same linear programme with the lot dropped (each producer over
 * {@code [floor, cap]}, optional ones over {@code [0, cap]}).
 */
public final class AllocationSolver {

	/** A preferred province's distances count this much in the cost. */
	public static final double PREFERRED_WEIGHT = 0.8;
	static final String NAME = "ojAlgo 57.1.0";

	private final ProvinceDistances distances;

	public AllocationSolver(ProvinceDistances distances) {
		this.distances = distances;
	}

	/** The cheapest plan under the problem's rules, or a {@code PlanInfeasibleException} saying why none exists. */
	public PlanSolution solve(PlanProblem problem) {
		PlanBounds bounds = new PlanBounds(problem);
		List<Point> points = problem.points();
		Map<String, ProvinceGroup> byProvince = new TreeMap<>();
		for (Range range : bounds.ranges) {
			if (range.kind() != Kind.EXCLUDED) {
				byProvince.computeIfAbsent(range.producer().provinceCode(), code -> new ProvinceGroup(code, points.size()))
						.add(range, points);
			}
		}
		List<ProvinceGroup> groups = new ArrayList<>(byProvince.values());
		groups.forEach(ProvinceGroup::close);
		double[][] weight = new double[groups.size()][points.size()];
		for (int r = 0; r < groups.size(); r++) {
			ProvinceGroup group = groups.get(r);
			double factor = problem.preferredProvinces().contains(group.provinceCode) ? PREFERRED_WEIGHT : 1.0;
			for (int p = 0; p < points.size(); p++) {
				weight[r][p] = factor * distances.km(group.provinceCode, points.get(p).provinceCode());
			}
		}
		boolean mixedInteger = groups.stream().anyMatch(g -> !g.optional.isEmpty());
		int[] counts = mixedInteger ? new Model(groups, points, weight, bounds).counts() : new int[groups.size()];
		long[][] flow = new Model(groups, points, weight, bounds).flows(counts);
		double lowerBound = new Model(groups, points, weight, bounds).relaxedValue();
		double cost = 0;
		for (int r = 0; r < groups.size(); r++) {
			for (int p = 0; p < points.size(); p++) {
				cost += flow[r][p] * weight[r][p];
			}
		}
		BigDecimal costValue = BigDecimal.valueOf(cost).setScale(2, RoundingMode.HALF_UP);
		BigDecimal bound = BigDecimal.valueOf(Math.min(lowerBound, cost)).setScale(2, RoundingMode.HALF_UP);
		BigDecimal gap = bound.signum() == 0 ? BigDecimal.ZERO.setScale(4)
				: costValue.subtract(bound).multiply(BigDecimal.valueOf(100)).divide(bound, 4, RoundingMode.HALF_UP);
		List<PlanSolution.Planned> planned = new ProvinceSplit(bounds, points, distances).split(groups, flow);
		long allocated = planned.stream().mapToLong(PlanSolution.Planned::quantity).sum();
		return new PlanSolution(bounds.demand, allocated, costValue, bound, gap,
				NAME + (mixedInteger ? " MIP" : " LP") + ", " + groups.size() + " provinces × " + points.size() + " points",
				planned);
	}

	/** One ojAlgo model over the province × point flows. */
	private static final class Model {

		private final List<ProvinceGroup> groups;
		private final List<Point> points;
		private final long lot;
		private final long demand;
		private final ExpressionsBasedModel model = new ExpressionsBasedModel();
		private final Variable[][] x;

		Model(List<ProvinceGroup> groups, List<Point> points, double[][] weight, PlanBounds bounds) {
			this.groups = groups;
			this.points = points;
			this.lot = bounds.lot;
			this.demand = bounds.demand;
			this.x = new Variable[groups.size()][points.size()];
			for (int r = 0; r < groups.size(); r++) {
				for (int p = 0; p < points.size(); p++) {
					x[r][p] = model.addVariable("x_" + r + "_" + p).lower(groups.get(r).delivered[p]).weight(weight[r][p]);
				}
			}
			for (int p = 0; p < points.size(); p++) {
				Expression demand = model.addExpression("d_" + p).level(points.get(p).demand());
				for (int r = 0; r < groups.size(); r++) {
					demand.set(x[r][p], 1);
				}
			}
		}

		private Expression total(String name, int r) {
			Expression total = model.addExpression(name + "_" + r);
			for (int p = 0; p < points.size(); p++) {
				total.set(x[r][p], 1);
			}
			return total;
		}

		/** The number of optional producers taking part in each province, from the mixed-integer model. */
		int[] counts() {
			Variable[] k = new Variable[groups.size()];
			for (int r = 0; r < groups.size(); r++) {
				ProvinceGroup group = groups.get(r);
				int n = group.optional.size();
				if (n == 0) {
					total("t", r).lower(group.low).upper(group.high);
					continue;
				}
				k[r] = model.addVariable("k_" + r).integer(true).lower(0).upper(n);
				total("lo", r).set(k[r], -lot).lower(group.low);
				// the concave envelope of top(k): one line per run of equal capacities
				for (int j = 0; j < n; j++) {
					long slope = group.optional.get(j).high();
					if (j > 0 && group.optional.get(j - 1).high() == slope) {
						continue;
					}
					total("hi" + j, r).set(k[r], -slope).upper(group.high + group.top[j] - j * slope);
				}
			}
			Optimisation.Result result = solved(model.minimise());
			int[] counts = new int[groups.size()];
			for (int r = 0; r < groups.size(); r++) {
				counts[r] = k[r] == null ? 0 : (int) Math.round(result.doubleValue(index(k[r])));
			}
			return counts;
		}

		/** Integral flows with the province counts fixed. */
		long[][] flows(int[] counts) {
			for (int r = 0; r < groups.size(); r++) {
				ProvinceGroup group = groups.get(r);
				total("t", r).lower(group.low + counts[r] * lot).upper(group.high + group.top[counts[r]]);
			}
			Optimisation.Result result = solved(model.minimise());
			long[][] flow = new long[groups.size()][points.size()];
			for (int r = 0; r < groups.size(); r++) {
				for (int p = 0; p < points.size(); p++) {
					double value = result.doubleValue(index(x[r][p]));
					flow[r][p] = Math.round(value);
					if (Math.abs(value - flow[r][p]) > 1e-6) {
						throw new IllegalStateException("fractional flow " + value + " from " + groups.get(r).provinceCode);
					}
				}
			}
			return flow;
		}

		/** The optimum of the relaxation without lots: the lower bound. */
		double relaxedValue() {
			for (int r = 0; r < groups.size(); r++) {
				ProvinceGroup group = groups.get(r);
				total("t", r).lower(group.relaxedLow).upper(group.high + group.top[group.optional.size()]);
			}
			return solved(model.minimise()).getValue();
		}

		private int index(Variable variable) {
			return model.indexOf(variable);
		}

		// the presolve caught every simple reason; what is left is that no choice of producers, each 0 or at
		// least the lot, adds up to the demand at every point (e.g. a demand below the lot with f = 0)
		private Optimisation.Result solved(Optimisation.Result result) {
			if (result.getState() == Optimisation.State.INFEASIBLE) {
				throw new PlanInfeasibleException(List.of(lot > 0
						? Explanation.of("allocation.plan.infeasible.lots-do-not-fit", demand, lot)
						: Explanation.of("allocation.plan.infeasible.points-do-not-fit", demand)));
			}
			if (!result.getState().isFeasible()) {
				throw new IllegalStateException("the solver found no plan: " + result.getState());
			}
			return result;
		}
	}
}
