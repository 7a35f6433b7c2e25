package id.canting.allocation;

/** An order to allocate was created (DRAFT). */
public record AllocationOrderCreated(AllocationOrderId orderId, String reference, String by) {
}
