package id.canting.allocation.internal.progress;

import java.util.Map;

import id.canting.registry.IkmId;

/**
 * Where one producer of an order stands: its quantity in the current confirmed plan (in all and per
 * delivery point id), the latest produced to date it reported and what it delivered (in all and per
 * delivery point id).
 */
public record ProducerStanding(IkmId ikmId, String provinceCode, long allocated, long produced, long delivered,
		Map<Long, Long> allocatedPerPoint, Map<Long, Long> deliveredPerPoint) {

	public ProducerStanding {
		allocatedPerPoint = Map.copyOf(allocatedPerPoint);
		deliveredPerPoint = Map.copyOf(deliveredPerPoint);
	}

	/** What it still has to deliver at this point (never below 0). */
	public long remainingAt(long pointId) {
		return Math.max(0, allocatedPerPoint.getOrDefault(pointId, 0L) - deliveredPerPoint.getOrDefault(pointId, 0L));
	}
}
