package id.canting.allocation;

/** An order moved from one status (an {@code OrderStatus} name) to another. */
public record AllocationOrderStatusChanged(AllocationOrderId orderId, String reference, String from, String to, String by) {
}
