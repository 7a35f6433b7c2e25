package id.canting.allocation;

/** An order's content (product, quantity, dates, delivery points, rules) was changed while DRAFT or PLANNED. */
public record AllocationOrderUpdated(AllocationOrderId orderId, String reference, String by) {
}
