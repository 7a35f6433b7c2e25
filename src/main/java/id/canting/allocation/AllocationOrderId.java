package id.canting.allocation;

/** Identifies an allocation order (a large order split among IKM). */
public record AllocationOrderId(long value) {
}
