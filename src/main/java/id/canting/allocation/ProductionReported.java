package id.canting.allocation;

import java.time.LocalDate;

import id.canting.registry.IkmId;

/** An IKM reported how much of its allocation it has produced so far. */
public record ProductionReported(AllocationOrderId orderId, IkmId ikmId, long producedToDate, LocalDate reportedOn, String by) {
}
