package id.canting.allocation;

import java.time.LocalDate;

import id.canting.registry.IkmId;

/** An IKM delivered a quantity to one of the order's delivery points. */
public record DeliveryReported(AllocationOrderId orderId, IkmId ikmId, String pointCode, long quantity, LocalDate deliveredOn, String by) {
}
