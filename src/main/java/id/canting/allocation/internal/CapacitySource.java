package id.canting.allocation.internal;

/**
 * Where an eligible producer's capacity for an order comes from: the owner's own confirmation (wins),
 * the latest accepted semester report, or the registry's capacity per month.
 */
public enum CapacitySource {
	CONFIRMED_BY_PRODUCER, SEMESTER_REPORT, REGISTRY
}
