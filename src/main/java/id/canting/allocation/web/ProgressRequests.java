package id.canting.allocation.web;

import java.time.LocalDate;
import java.util.List;

import id.canting.allocation.internal.progress.ProgressInput;
import id.canting.allocation.internal.progress.ProgressInput.DeliveryInput;
import id.canting.allocation.internal.progress.Reallocation.CapInput;

import io.swagger.v3.oas.annotations.media.Schema;

/** The bodies of the progress and re-allocation API calls. */
final class ProgressRequests {

	private ProgressRequests() {
	}

	@Schema(description = "A producer's progress report: produced to date and/or deliveries per delivery point")
	record ProgressReportRequest(
			@Schema(description = "The IKM reporting; an owner of one IKM may leave it out") Long ikmId,
			@Schema(description = "The day the produced figure holds for (today when left out; not in the future)") LocalDate reportedOn,
			@Schema(description = "Cumulative quantity produced to date: never below the last report, never above the IKM's allocation") Long producedToDate,
			@Schema(description = "At most 300 characters") String note,
			@Schema(description = "Deliveries at delivery points: each within what the IKM is allocated there minus what it delivered") List<AllocationDeliveryRequest> deliveries) {

		ProgressInput input() {
			return new ProgressInput(ikmId, reportedOn, producedToDate, note, deliveries == null ? List.of()
					: deliveries.stream().map(d -> d == null ? new DeliveryInput(null, null, null)
							: new DeliveryInput(d.point(), d.quantity(), d.deliveredOn())).toList());
		}
	}

	@Schema(description = "A delivery at one delivery point")
	record AllocationDeliveryRequest(@Schema(description = "The delivery point's code", example = "JKT") String point,
			@Schema(description = "More than 0") Long quantity,
			@Schema(description = "The day it was handed over (not in the future)") LocalDate deliveredOn) {
	}

	@Schema(description = "A re-allocation: caps per producer, or none to cap every producer behind pace at its projected output")
	record ReallocationRequest(List<AllocationCapRequest> caps) {

		List<CapInput> input() {
			return caps == null ? List.of()
					: caps.stream().map(c -> c == null ? new CapInput(null, null) : new CapInput(c.ikmId(), c.cap())).toList();
		}
	}

	@Schema(description = "At most this quantity in all for one producer of the order (not below what it produced or delivered)")
	record AllocationCapRequest(Long ikmId, Long cap) {
	}
}
