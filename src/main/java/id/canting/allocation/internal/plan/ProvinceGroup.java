package id.canting.allocation.internal.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import id.canting.allocation.internal.plan.PlanBounds.Kind;
import id.canting.allocation.internal.plan.PlanBounds.Range;
import id.canting.allocation.internal.plan.PlanProblem.Point;

/**
 * The producers of one province, which the model treats as one: the transport cost depends only on the
 * province and the delivery point, so the province's total is what matters, and any total within the
 * province's range can be split among its producers afterwards.
 *
 * <p>With {@code k} of its optional producers taking part, the total ranges over
 * {@code [low + k × lot, high + top(k)]}, top(k) being the sum of the k largest optional capacities. The
 * union over k is exactly what the province can deliver.
 */
final class ProvinceGroup {

	final String provinceCode;
	/** Locked and forced producers. */
	final List<Range> fixed = new ArrayList<>();
	/** Optional producers, largest capacity first (then by id). */
	final List<Range> optional = new ArrayList<>();
	long low;
	long high;
	long relaxedLow;
	/** top[k]: the sum of the k largest optional capacities. */
	long[] top;
	/** Delivered so far from this province to each point (a lower bound on its flow there). */
	final long[] delivered;

	ProvinceGroup(String provinceCode, int points) {
		this.provinceCode = provinceCode;
		this.delivered = new long[points];
	}

	void add(Range range, List<Point> points) {
		if (range.kind() == Kind.OPTIONAL) {
			optional.add(range);
		}
		else {
			fixed.add(range);
			low += range.low();
			high += range.high();
			relaxedLow += range.relaxedLow();
		}
		for (int p = 0; p < points.size(); p++) {
			delivered[p] += range.producer().delivered().getOrDefault(points.get(p).code(), 0L);
		}
	}

	void close() {
		optional.sort(Comparator.comparingLong(Range::high).reversed().thenComparingLong(r -> r.producer().ikmId()));
		top = new long[optional.size() + 1];
		for (int k = 0; k < optional.size(); k++) {
			top[k + 1] = top[k] + optional.get(k).high();
		}
	}

	/** The fewest optional producers whose range holds the total (the total is known to be reachable). */
	int optionalNeeded(long total) {
		int k = 0;
		while (total > high + top[k]) {
			k++;
		}
		return k;
	}
}
