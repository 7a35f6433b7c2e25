package id.canting.allocation;

import id.canting.registry.IkmId;

/** The IKM's owner confirmed (or lowered) its capacity for an order. */
public record ProducerCapacityConfirmed(AllocationOrderId orderId, IkmId ikmId, long quantity, String by) {
}
