package id.canting.allocation.internal.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * A producer's report on an order, as typed: which IKM (an owner of one IKM may leave it out), what it
 * has produced to date (cumulative, optional when it only reports deliveries), on which day (today when
 * left out), a note, and deliveries per delivery point (code) with their date. A delivery row without
 * quantity and date (a form's empty row) is no delivery; rows keep their index, so a refusal names the
 * row as the form or the request has it ({@code deliveries[2].quantity}).
 */
public record ProgressInput(Long ikmId, LocalDate reportedOn, Long producedToDate, String note,
		List<DeliveryInput> deliveries) {

	public ProgressInput {
		deliveries = deliveries == null ? List.of() : List.copyOf(deliveries);
	}

	/** Whether any delivery row holds something. */
	boolean reportsDeliveries() {
		return deliveries.stream().anyMatch(d -> !d.isBlank());
	}

	/** A delivery at one point: quantity (more than 0) and the day it was handed over. */
	public record DeliveryInput(String point, Long quantity, LocalDate deliveredOn) {

		/** A row of the form left empty (no quantity, no date) is no delivery. */
		boolean isBlank() {
			return quantity == null && deliveredOn == null;
		}
	}
}
