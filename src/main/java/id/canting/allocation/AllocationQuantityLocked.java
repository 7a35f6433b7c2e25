package id.canting.allocation;

import id.canting.registry.IkmId;

/** An IKM's quantity on an order was locked for re-planning ({@code quantity}) or unlocked ({@code null}). */
public record AllocationQuantityLocked(AllocationOrderId orderId, IkmId ikmId, Long quantity /* null = unlocked */, String by) {
}
