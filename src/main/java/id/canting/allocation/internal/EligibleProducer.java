package id.canting.allocation.internal;

import id.canting.registry.IkmId;

/**
 * An IKM that may take part in an order, with what it can make for it by the due date
 * ({@code capacity}, already less what it has committed on overlapping orders) and the facts the
 * fairness rules need (women-owned, small — "kecil" —, a prison workshop).
 */
public record EligibleProducer(IkmId ikmId, String ikmName, String provinceCode, long capacity,
		CapacitySource capacitySource, boolean womenOwned, boolean kecil, boolean prisonUnit) {
}
