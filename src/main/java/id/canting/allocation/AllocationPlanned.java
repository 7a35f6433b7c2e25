package id.canting.allocation;

/** A plan (version) was computed for an order: {@code allocated} of its quantity placed. */
public record AllocationPlanned(AllocationOrderId orderId, int planVersion, long allocated, String by) {
}
