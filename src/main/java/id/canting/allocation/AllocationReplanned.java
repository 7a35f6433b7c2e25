package id.canting.allocation;

/** The remaining quantity of a confirmed order was re-planned; {@code moved} units changed producer. */
public record AllocationReplanned(AllocationOrderId orderId, int planVersion, long moved, String by) {
}
