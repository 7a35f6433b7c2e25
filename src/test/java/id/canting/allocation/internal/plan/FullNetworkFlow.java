package id.canting.allocation.internal.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem.MinimumCostFlowProblemImpl;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

import id.canting.allocation.internal.plan.PlanProblem.Point;
import id.canting.allocation.internal.plan.PlanProblem.Producer;

/**
 * An independent check of the plan's lower bound: the same order without the minimum lot, solved as a
 * minimum-cost flow by JGraphT on the full network — source → every producer → every delivery point —
 * with no aggregation by province and nothing shared with the solver but the distances. A producer's arc
 * from the source carries between its fairness floor (or lock, or what it already made) and its capacity
 * under the share limit; a producer that cannot make the lot carries nothing (as in the plan). Its cost is
 * the optimum of exactly the plan's relaxation, so it can never be below the plan's lower bound, and with
 * no lot it is the plan's cost.
 */
final class FullNetworkFlow {

	private FullNetworkFlow() {
	}

	static double cost(PlanProblem problem, ProvinceDistances distances) {
		List<Producer> producers = problem.producers();
		List<Point> points = problem.points();
		long demand = problem.demand();
		long lot = problem.minimumLot() <= 1 ? 0 : problem.minimumLot();
		long share = problem.maximumSharePercent() == null ? Long.MAX_VALUE
				: problem.maximumSharePercent().multiply(BigDecimal.valueOf(demand)).divide(BigDecimal.valueOf(100), 0,
						RoundingMode.FLOOR).longValue();
		long floorBase = 0;
		for (Producer producer : producers) {
			long cap = Math.min(producer.capacity(), share);
			if (cap > 0 && cap >= lot) {
				floorBase += producer.capacity();
			}
		}
		Graph<Integer, DefaultWeightedEdge> graph = new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
		double fixedCost = 0;
		int source = producers.size() + points.size();
		graph.addVertex(source);
		Map<DefaultWeightedEdge, long[]> limits = new HashMap<>();
		Map<Integer, Integer> supply = new HashMap<>();
		supply.put(source, (int) demand);
		for (int p = 0; p < points.size(); p++) {
			graph.addVertex(producers.size() + p);
			supply.put(producers.size() + p, (int) -points.get(p).demand());
		}
		for (int i = 0; i < producers.size(); i++) {
			Producer producer = producers.get(i);
			graph.addVertex(i);
			supply.put(i, 0);
			long cap = Math.min(producer.capacity(), share);
			long made = Math.max(producer.produced(),
					producer.delivered().values().stream().mapToLong(Long::longValue).sum());
			long low;
			long high;
			if (producer.locked() != null) {
				low = high = producer.locked();
			}
			else if (cap > 0 && cap >= lot) {
				long floor = problem.fairnessFactor().multiply(BigDecimal.valueOf(demand))
						.multiply(BigDecimal.valueOf(producer.capacity()))
						.divide(BigDecimal.valueOf(floorBase), 0, RoundingMode.CEILING).longValue();
				high = Math.max(cap, made);
				low = Math.min(high, Math.max(Math.min(floor, producer.capacity()), made));
			}
			else {
				low = made;
				high = made == 0 ? 0 : Math.max(cap, made);
			}
			// lower bounds are moved into the supplies (the textbook transformation) rather than left to
			// JGraphT, whose own handling of arc lower bounds refused feasible instances
			DefaultWeightedEdge in = graph.addEdge(source, i);
			graph.setEdgeWeight(in, 0);
			limits.put(in, new long[] { 0, high - low });
			supply.merge(source, (int) -low, Integer::sum);
			supply.merge(i, (int) low, Integer::sum);
			for (int p = 0; p < points.size(); p++) {
				DefaultWeightedEdge out = graph.addEdge(i, producers.size() + p);
				double factor = problem.preferredProvinces().contains(producer.provinceCode()) ? AllocationSolver.PREFERRED_WEIGHT
						: 1.0;
				double weight = factor * distances.km(producer.provinceCode(), points.get(p).provinceCode());
				graph.setEdgeWeight(out, weight);
				long delivered = producer.delivered().getOrDefault(points.get(p).code(), 0L);
				limits.put(out, new long[] { 0, demand - delivered });
				supply.merge(i, (int) -delivered, Integer::sum);
				supply.merge(producers.size() + p, (int) delivered, Integer::sum);
				fixedCost += delivered * weight;
			}
		}
		// scaling factor 1 (successive shortest paths without capacity scaling): JGraphT 1.5.3's default
		// scaling refuses some feasible networks whose costs are not whole numbers (e.g. 177.6 km) as
		// "no feasible solution"; found by the properties below
		var flow = new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>(1).getMinimumCostFlow(
				new MinimumCostFlowProblemImpl<>(graph, supply::get, e -> (int) limits.get(e)[1], e -> 0,
						graph::getEdgeWeight));
		return fixedCost + flow.getCost();
	}
}
