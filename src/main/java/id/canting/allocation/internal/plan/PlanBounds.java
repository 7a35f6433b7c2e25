package id.canting.allocation.internal.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.canting.allocation.internal.Explanation;
import id.canting.allocation.internal.PlanInfeasibleException;
import id.canting.allocation.internal.plan.PlanProblem.Point;
import id.canting.allocation.internal.plan.PlanProblem.Producer;

/**
 * The presolve: each producer's range under the order's rules, and every reason the order cannot be planned.
 *
 * <p>Per producer: the share limit caps its capacity at {@code floor(s × D)}. A locked producer is fixed
 * at its lock. One that cannot make the minimum lot (capacity after the share limit below the lot) is
 * excluded. Every other producer has the fairness floor {@code min(cap_i, ceil(f × D × cap_i / Σ cap))},
 * Σ over the producers able to make the lot (locked ones included, so that
 * locking one does not move the others' floors); with f > 0 the floor is positive, so the
 * producer must produce and hence at least the lot: its range is {@code [max(lot, floor), cap]} — it is
 * <em>forced</em>. With f = 0 it is <em>optional</em>: 0 or {@code [lot, cap]}. When re-planning, a
 * producer that has produced or delivered something keeps at least that (and the lot, as far as its
 * capacity allows).
 *
 * <p>The lower bound's relaxation keeps the floors and drops the lot: a forced producer ranges over
 * {@code [floor, cap]}, an optional one over {@code [0, cap]} (the convex hull of {0} ∪ [lot, cap]).
 */
final class PlanBounds {

	enum Kind { LOCKED, EXCLUDED, FORCED, OPTIONAL }

	/** One producer's range; {@code relaxedLow} is its lower end in the lower bound's relaxation. */
	record Range(Producer producer, Kind kind, long low, long high, long relaxedLow, long floor, long shareLimit) {
	}

	final long demand;
	final long lot;
	final long shareLimit;
	final List<Range> ranges = new ArrayList<>();

	PlanBounds(PlanProblem problem) {
		this.demand = problem.demand();
		this.lot = problem.minimumLot() <= 1 ? 0 : problem.minimumLot();
		this.shareLimit = problem.maximumSharePercent() == null ? Long.MAX_VALUE
				: problem.maximumSharePercent().multiply(BigDecimal.valueOf(demand))
						.divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR).longValueExact();
		List<Explanation> refusals = new ArrayList<>();
		checkPoints(problem, refusals);
		if (lot > 0 && lot > shareLimit) {
			refusals.add(new Explanation("allocation.plan.infeasible.lot-above-share", List.of(lot, shareLimit)));
		}
		long floorBase = 0;
		for (Producer producer : problem.producers()) {
			if (canMakeLot(producer)) {
				floorBase += producer.capacity();
			}
		}
		BigDecimal fair = problem.fairnessFactor().multiply(BigDecimal.valueOf(demand));
		for (Producer producer : problem.producers()) {
			ranges.add(range(producer, fair, floorBase, refusals));
		}
		long high = ranges.stream().mapToLong(Range::high).sum();
		long low = ranges.stream().filter(r -> r.kind() != Kind.OPTIONAL).mapToLong(Range::low).sum();
		long locked = ranges.stream().filter(r -> r.kind() == Kind.LOCKED).mapToLong(Range::low).sum();
		if (ranges.stream().noneMatch(r -> r.kind() != Kind.EXCLUDED)) {
			refusals.add(new Explanation("allocation.plan.infeasible.no-producer", List.of(problem.producers().size(), lot)));
		}
		else if (high < demand) {
			refusals.add(new Explanation("allocation.plan.infeasible.capacity-short", List.of(demand - high, high, demand)));
		}
		if (locked > demand) {
			refusals.add(new Explanation("allocation.plan.infeasible.locked-over-demand", List.of(locked, demand)));
		}
		else if (low > demand) {
			refusals.add(new Explanation("allocation.plan.infeasible.floors-and-lots", List.of(low, demand)));
		}
		if (!refusals.isEmpty()) {
			throw new PlanInfeasibleException(refusals);
		}
	}

	private boolean canMakeLot(Producer producer) {
		long cap = Math.min(producer.capacity(), shareLimit);
		return cap > 0 && cap >= lot;
	}

	private Range range(Producer producer, BigDecimal fair, long floorBase, List<Explanation> refusals) {
		long committed = producer.committed();
		if (producer.locked() != null) {
			long locked = producer.locked();
			if (locked < committed) {
				refusals.add(new Explanation("allocation.plan.infeasible.locked-below-delivered",
						List.of(producer.name(), locked, committed)));
			}
			return new Range(producer, Kind.LOCKED, locked, locked, locked, 0, shareLimit);
		}
		long cap = Math.min(producer.capacity(), shareLimit);
		if (!canMakeLot(producer)) {
			if (committed > 0) { // it has started: keep what it made, the lot no longer applies
				return new Range(producer, Kind.FORCED, committed, Math.max(cap, committed), committed, 0, shareLimit);
			}
			return new Range(producer, Kind.EXCLUDED, 0, 0, 0, 0, shareLimit);
		}
		long floor = floorBase == 0 ? 0 : Math.min(producer.capacity(), fair.multiply(BigDecimal.valueOf(producer.capacity()))
				.divide(BigDecimal.valueOf(floorBase), 0, RoundingMode.CEILING).longValueExact());
		if (floor > shareLimit) {
			refusals.add(new Explanation("allocation.plan.infeasible.floor-share", List.of(producer.name(), floor, shareLimit)));
		}
		long high = Math.max(cap, committed);
		if (floor > 0 || committed > 0) {
			long low = Math.min(high, Math.max(Math.max(floor, committed), lot));
			long relaxedLow = Math.min(high, Math.max(floor, committed));
			return new Range(producer, Kind.FORCED, low, high, relaxedLow, floor, shareLimit);
		}
		if (lot == 0) {
			return new Range(producer, Kind.FORCED, 0, cap, 0, 0, shareLimit);
		}
		return new Range(producer, Kind.OPTIONAL, lot, cap, 0, 0, shareLimit);
	}

	private static void checkPoints(PlanProblem problem, List<Explanation> refusals) {
		if (problem.points().isEmpty() || problem.demand() <= 0) {
			refusals.add(new Explanation("allocation.plan.infeasible.no-demand", List.of()));
		}
		for (Point point : problem.points()) {
			long delivered = 0;
			for (Producer producer : problem.producers()) {
				delivered += producer.delivered().getOrDefault(point.code(), 0L);
			}
			if (delivered > point.demand()) {
				refusals.add(new Explanation("allocation.plan.infeasible.point-over-delivered",
						List.of(point.name(), delivered, point.demand())));
			}
		}
		for (Producer producer : problem.producers()) {
			for (Map.Entry<String, Long> delivered : producer.delivered().entrySet()) {
				if (problem.points().stream().noneMatch(p -> p.code().equals(delivered.getKey()))) {
					throw new IllegalArgumentException("delivery to unknown point " + delivered.getKey());
				}
			}
		}
	}
}
