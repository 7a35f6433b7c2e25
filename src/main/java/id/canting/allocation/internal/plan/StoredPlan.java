package id.canting.allocation.internal.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import id.canting.allocation.internal.Explanation;

/**
 * A plan as kept: its version and status (PROPOSED, CONFIRMED, SUPERSEDED), figures, and each producer's
 * part with deliveries per delivery point code.
 */
public record StoredPlan(long id, int version, String status, long demand, long allocated, BigDecimal cost,
		BigDecimal lowerBound, BigDecimal gapPercent, String solver, Instant createdAt, String createdBy,
		List<Part> producers) {

	/** One producer's part in a kept plan. */
	public record Part(long ikmId, String provinceCode, long quantity, long capacity, long floor, boolean locked,
			Integer distanceKm, Explanation reason, Map<String, Long> deliveries) {
	}

	/** The part of this IKM, or null when the plan gives it nothing and does not list it. */
	public Part part(long ikmId) {
		return producers.stream().filter(p -> p.ikmId() == ikmId).findFirst().orElse(null);
	}
}
