package id.canting.matching.internal.schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem.MinimumCostFlowProblemImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;

/**
 * When there are fewer slots than the busiest participant's meetings (and nobody marked a slot unavailable):
 * the most meetings that fit, and among all such sets the one with the most "must meet" meetings. A
 * minimum-cost flow of exactly the bound's value through the network of {@link ScheduleBound}, where each
 * pair has one arc for its "must meet" meetings costing 0 and one for the others costing 1 (the fewest "would
 * like" in a flow of that value is the most "must meet"). Every such flow
 * is a set of meetings with nobody over the slot count and table meetings within tables × slots, which
 * {@link EdgeColouring} then places in the slots.
 */
final class LargestPlaceable {

	private LargestPlaceable() {
	}

	static int[] choose(Board board, int value) {
		int s = board.slots;
		Graph<Integer, DefaultWeightedEdge> g = new DirectedWeightedMultigraph<>(DefaultWeightedEdge.class);
		int source = board.participantCount;
		int sink = source + 1;
		int tables = source + 2;
		for (int v = 0; v <= tables; v++) {
			g.addVertex(v);
		}
		Map<DefaultWeightedEdge, Integer> capacity = new HashMap<>();
		Map<DefaultWeightedEdge, Double> cost = new HashMap<>();
		Map<Long, Integer> must = new HashMap<>();
		Map<Long, Integer> other = new HashMap<>();
		for (int m = 0; m < board.meetingCount; m++) {
			(board.must[m] ? must : other).merge(ScheduleBound.pair(board.buyer[m], board.seller[m]), 1, Integer::sum);
		}
		boolean[] linked = new boolean[board.participantCount];
		Map<DefaultWeightedEdge, Long> mustArcs = new HashMap<>();
		Map<DefaultWeightedEdge, Long> otherArcs = new HashMap<>();
		for (int m = 0; m < board.meetingCount; m++) {
			int b = board.buyer[m];
			int v = board.seller[m];
			long pair = ScheduleBound.pair(b, v);
			Integer musts = must.remove(pair);
			Integer others = other.remove(pair);
			if (musts != null) {
				mustArcs.put(arc(g, capacity, cost, b, v, Math.min(musts, s), 0), pair);
			}
			if (others != null) {
				otherArcs.put(arc(g, capacity, cost, b, v, Math.min(others, s), 1), pair);
			}
			if (!linked[b]) {
				linked[b] = true;
				arc(g, capacity, cost, source, b, s, 0);
			}
			if (!linked[v]) {
				linked[v] = true;
				arc(g, capacity, cost, v, board.table[m] ? tables : sink, s, 0);
			}
		}
		long tableCapacity = Math.min((long) board.tableLimit * s, board.meetingCount);
		arc(g, capacity, cost, tables, sink, (int) tableCapacity, 0);
		var problem = new MinimumCostFlowProblemImpl<>(g,
				v -> v == source ? value : v == sink ? -value : 0, capacity::get, e -> 0, cost::get);
		Map<DefaultWeightedEdge, Double> flow = new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>()
			.getMinimumCostFlow(problem).getFlowMap();
		Map<Long, Integer> mustLeft = routed(flow, mustArcs);
		Map<Long, Integer> otherLeft = routed(flow, otherArcs);
		List<Integer> chosen = new ArrayList<>();
		for (int m = 0; m < board.meetingCount; m++) {
			Map<Long, Integer> left = board.must[m] ? mustLeft : otherLeft;
			if (left.merge(ScheduleBound.pair(board.buyer[m], board.seller[m]), -1, Integer::sum) >= 0) {
				chosen.add(m);
			}
		}
		return chosen.stream().mapToInt(Integer::intValue).toArray();
	}

	private static Map<Long, Integer> routed(Map<DefaultWeightedEdge, Double> flow, Map<DefaultWeightedEdge, Long> arcs) {
		Map<Long, Integer> routed = new HashMap<>();
		arcs.forEach((arc, pair) -> routed.put(pair, (int) Math.round(flow.getOrDefault(arc, 0.0))));
		return routed;
	}

	private static DefaultWeightedEdge arc(Graph<Integer, DefaultWeightedEdge> g, Map<DefaultWeightedEdge, Integer> capacity,
			Map<DefaultWeightedEdge, Double> cost, int from, int to, int cap, double price) {
		DefaultWeightedEdge edge = g.addEdge(from, to);
		g.setEdgeWeight(edge, price); // JGraphT 1.5.3's capacity scaling prices arcs by their weight
		capacity.put(edge, cap);
		cost.put(edge, price);
		return edge;
	}
}
