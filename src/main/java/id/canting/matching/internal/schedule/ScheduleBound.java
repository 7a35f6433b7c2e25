package id.canting.matching.internal.schedule;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.DinicMFImpl;
import org.jgrapht.alg.interfaces.MaximumFlowAlgorithm.MaximumFlow;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * An upper bound on the meetings any schedule can place, by maximum flow (JGraphT, independent of the
 * schedulers): source → each buyer with capacity = the slots the buyer is available; buyer → seller with
 * capacity = the pair's meetings, but no more than the slots both are available (pairs without a common
 * available slot get no arc); seller → sink with capacity = the slots the seller is available, where the
 * sellers meeting at tables pass through one "tables" node whose arc to the sink holds tables per slot ×
 * slots.
 *
 * <p>Why it bounds every schedule: route each placed meeting as one unit source → buyer → seller (→ tables)
 * → sink. A buyer meets at most once per available slot, so at most that many units leave the source for
 * them; the same for a seller; a pair's meetings are in different slots both are available in; and no
 * more table meetings can happen than tables × slots. So every schedule is a feasible flow, and the
 * maximum flow is at least the number placed. With no unavailability the bound is exact: a largest
 * sub-multigraph with no participant over the slot count (and table meetings within tables × slots) can be
 * placed in that many slots ({@link EdgeColouring}).
 */
final class ScheduleBound {

	private ScheduleBound() {
	}

	static long pair(int buyer, int seller) {
		return ((long) buyer << 32) | seller;
	}

	/** The value of the maximum flow described above. */
	static int compute(Board board) {
		int s = board.slots;
		Graph<Integer, DefaultWeightedEdge> g = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
		int source = board.participantCount;
		int sink = source + 1;
		int tables = source + 2;
		g.addVertex(source);
		g.addVertex(sink);
		int[] available = new int[board.participantCount];
		for (int p = 0; p < board.participantCount; p++) {
			g.addVertex(p);
			available[p] = s - board.unavailable[p].get(0, s).cardinality();
		}
		Map<Long, Integer> multiplicity = new HashMap<>();
		boolean anyTable = false;
		for (int m = 0; m < board.meetingCount; m++) {
			multiplicity.merge(pair(board.buyer[m], board.seller[m]), 1, Integer::sum);
			anyTable |= board.table[m];
		}
		boolean tableLimited = anyTable && (long) board.tableLimit * s < board.meetingCount;
		if (tableLimited) {
			g.addVertex(tables);
			arc(g, tables, sink, (double) board.tableLimit * s);
		}
		boolean[] linked = new boolean[board.participantCount];
		for (int m = 0; m < board.meetingCount; m++) {
			int b = board.buyer[m];
			int v = board.seller[m];
			Integer count = multiplicity.remove(pair(b, v));
			if (count == null) {
				continue;
			}
			BitSet common = board.unavailable[b].get(0, s);
			common.or(board.unavailable[v].get(0, s));
			int commonSlots = s - common.cardinality();
			if (commonSlots == 0) {
				continue;
			}
			arc(g, b, v, Math.min(count, commonSlots));
			if (!linked[b]) {
				linked[b] = true;
				arc(g, source, b, available[b]);
			}
			if (!linked[v]) {
				linked[v] = true;
				arc(g, v, tableLimited && board.table[m] ? tables : sink, available[v]);
			}
		}
		MaximumFlow<DefaultWeightedEdge> flow = new DinicMFImpl<>(g).getMaximumFlow(source, sink);
		return (int) Math.round(flow.getValue());
	}

	private static void arc(Graph<Integer, DefaultWeightedEdge> g, int from, int to, double capacity) {
		DefaultWeightedEdge edge = g.addEdge(from, to);
		g.setEdgeWeight(edge, capacity);
	}
}
