package id.canting.allocation.internal.plan;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.canting.allocation.internal.Explanation;
import id.canting.allocation.internal.plan.PlanBounds.Kind;
import id.canting.allocation.internal.plan.PlanBounds.Range;
import id.canting.allocation.internal.plan.PlanProblem.Point;
import id.canting.allocation.internal.plan.PlanSolution.Planned;

/**
 * Shares each province's solved flows among its producers, and says why each got what it got.
 *
 * <p>Each locked or forced producer first gets its lower end (lock, floor, lot, or what it already
 * made), then the fewest optional producers that can carry the total take part (largest capacity first,
 * each at least the lot); what remains is shared in proportion to each taking part's remaining capacity,
 * in whole units by largest remainder (ties to the lower IKM id). Per point, every producer first keeps
 * what it delivered there; the rest of the province's flow to the points is filled producer by producer
 * in id order, point by point in the order's order (few shipments per producer).
 */
final class ProvinceSplit {

	private final PlanBounds bounds;
	private final List<Point> points;
	private final ProvinceDistances distances;

	ProvinceSplit(PlanBounds bounds, List<Point> points, ProvinceDistances distances) {
		this.bounds = bounds;
		this.points = points;
		this.distances = distances;
	}

	List<Planned> split(List<ProvinceGroup> groups, long[][] flow) {
		Map<Long, Planned> planned = new LinkedHashMap<>();
		for (int r = 0; r < groups.size(); r++) {
			ProvinceGroup group = groups.get(r);
			long total = 0;
			for (long f : flow[r]) {
				total += f;
			}
			List<Range> taking = new ArrayList<>(group.fixed);
			taking.addAll(group.optional.subList(0, group.optionalNeeded(total)));
			taking.sort(Comparator.comparingLong(range -> range.producer().ikmId()));
			long[] quantity = quantities(taking, total);
			List<Map<String, Long>> deliveries = deliveries(taking, quantity, flow[r]);
			for (int i = 0; i < taking.size(); i++) {
				planned.put(taking.get(i).producer().ikmId(), planned(taking.get(i), quantity[i], deliveries.get(i)));
			}
		}
		List<Planned> all = new ArrayList<>();
		for (Range range : bounds.ranges) {
			Planned one = planned.get(range.producer().ikmId());
			all.add(one != null ? one : planned(range, 0, Map.of()));
		}
		return all;
	}

	private long[] quantities(List<Range> taking, long total) {
		long[] quantity = new long[taking.size()];
		long[] spare = new long[taking.size()];
		long rest = total;
		long spareTotal = 0;
		for (int i = 0; i < taking.size(); i++) {
			Range range = taking.get(i);
			quantity[i] = range.kind() == Kind.OPTIONAL ? bounds.lot : range.low();
			spare[i] = range.high() - quantity[i];
			rest -= quantity[i];
			spareTotal += spare[i];
		}
		if (rest < 0 || rest > spareTotal) {
			throw new IllegalStateException("province total " + total + " outside its producers' range");
		}
		if (rest == 0) {
			return quantity;
		}
		long given = 0;
		long[] remainder = new long[taking.size()];
		for (int i = 0; i < taking.size(); i++) {
			// rest × spare_i / spareTotal in exact integers: quotient and remainder
			BigInteger[] qr = BigInteger.valueOf(rest).multiply(BigInteger.valueOf(spare[i]))
					.divideAndRemainder(BigInteger.valueOf(spareTotal));
			quantity[i] += qr[0].longValueExact();
			given += qr[0].longValueExact();
			remainder[i] = qr[1].longValueExact();
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < taking.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.<Integer>comparingLong(i -> remainder[i]).reversed()
				.thenComparingLong(i -> taking.get(i).producer().ikmId()));
		for (int j = 0; j < rest - given; j++) {
			quantity[order.get(j)]++;
		}
		return quantity;
	}

	private List<Map<String, Long>> deliveries(List<Range> taking, long[] quantity, long[] flow) {
		long[][] x = new long[taking.size()][points.size()];
		long[] supply = new long[taking.size()];
		long[] need = flow.clone();
		for (int i = 0; i < taking.size(); i++) {
			supply[i] = quantity[i];
			for (int p = 0; p < points.size(); p++) {
				long delivered = taking.get(i).producer().delivered().getOrDefault(points.get(p).code(), 0L);
				x[i][p] = delivered;
				supply[i] -= delivered;
				need[p] -= delivered;
			}
		}
		int p = 0;
		for (int i = 0; i < taking.size(); i++) {
			while (supply[i] > 0) {
				while (need[p] == 0) {
					p++;
				}
				long moved = Math.min(supply[i], need[p]);
				x[i][p] += moved;
				supply[i] -= moved;
				need[p] -= moved;
			}
		}
		List<Map<String, Long>> deliveries = new ArrayList<>();
		for (int i = 0; i < taking.size(); i++) {
			Map<String, Long> byPoint = new LinkedHashMap<>();
			for (int q = 0; q < points.size(); q++) {
				if (x[i][q] > 0) {
					byPoint.put(points.get(q).code(), x[i][q]);
				}
			}
			deliveries.add(byPoint);
		}
		return deliveries;
	}

	private Planned planned(Range range, long quantity, Map<String, Long> deliveries) {
		String province = range.producer().provinceCode();
		int km = Integer.MAX_VALUE;
		for (Point point : points) {
			if (deliveries.isEmpty() || deliveries.containsKey(point.code())) {
				km = Math.min(km, distances.km(province, point.provinceCode()));
			}
		}
		if (km == Integer.MAX_VALUE) {
			km = 0;
		}
		return new Planned(range.producer().ikmId(), province, quantity, range.producer().capacity(), range.floor(),
				range.kind() == Kind.LOCKED, km, deliveries, reason(range, quantity, km));
	}

	private Explanation reason(Range range, long quantity, int km) {
		long capacity = range.producer().capacity();
		long committed = range.producer().committed();
		if (range.kind() == Kind.LOCKED) {
			return new Explanation("allocation.plan.reason.locked", List.of(quantity));
		}
		if (range.kind() == Kind.EXCLUDED) {
			return new Explanation("allocation.plan.reason.below-lot", List.of(Math.min(capacity, bounds.shareLimit), bounds.lot));
		}
		if (quantity == 0) {
			return new Explanation("allocation.plan.reason.not-needed", List.of(km));
		}
		if (quantity == range.high() && quantity > range.low()) {
			if (quantity == bounds.shareLimit && capacity > bounds.shareLimit) {
				return new Explanation("allocation.plan.reason.share", List.of(quantity, capacity));
			}
			return new Explanation("allocation.plan.reason.full", List.of(quantity, km));
		}
		long low = range.kind() == Kind.OPTIONAL ? bounds.lot : range.low();
		if (quantity == low) {
			if (committed > 0 && quantity == committed) {
				return new Explanation("allocation.plan.reason.committed", List.of(committed));
			}
			if (range.floor() > 0 && quantity == range.floor()) {
				return new Explanation("allocation.plan.reason.floor", List.of(quantity, capacity));
			}
			if (quantity == bounds.lot) {
				return new Explanation("allocation.plan.reason.lot", List.of(quantity));
			}
			if (quantity == range.high()) {
				return new Explanation("allocation.plan.reason.full", List.of(quantity, km));
			}
		}
		return new Explanation("allocation.plan.reason.marginal", List.of(quantity, capacity, km));
	}
}
