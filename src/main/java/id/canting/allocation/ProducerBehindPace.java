package id.canting.allocation;

import java.time.LocalDate;

import id.canting.registry.IkmId;

/** At its current pace the IKM is projected to make less than allocated by the due date. */
public record ProducerBehindPace(AllocationOrderId orderId, IkmId ikmId, long projected, long allocated, LocalDate dueDate) {
}
