package id.canting.allocation;

/** The order's plan version was confirmed: the producers are committed to their quantities. */
public record AllocationPlanConfirmed(AllocationOrderId orderId, int planVersion, String by) {
}
