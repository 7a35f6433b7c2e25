package id.canting.allocation.internal.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.canting.allocation.internal.AllocationOrder;
import id.canting.allocation.internal.AllocationOrder.DeliveryPoint;
import id.canting.allocation.internal.progress.ProgressInput.DeliveryInput;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * The rules of a progress report, each named with its field:
 * <ul>
 * <li>something is reported: a produced to date or at least one delivery;</li>
 * <li>produced to date is cumulative: not below 0, never below what the producer reported before, never
 * above its allocation;</li>
 * <li>the report's day and each delivery's day are not in the future nor before the order starts;</li>
 * <li>each delivery names a delivery point of the order where the producer is allocated, has a quantity
 * above 0, and all deliveries at a point stay within what the producer is allocated there minus what it
 * delivered there before;</li>
 * <li>what it delivered in all stays within what it produced (produced to date as reported now, or as
 * before when it reports deliveries alone);</li>
 * <li>a note has at most {@value #NOTE_MAX} characters.</li>
 * </ul>
 */
public final class ProgressRules {

	public static final int NOTE_MAX = 300;

	private ProgressRules() {
	}

	/** The report's day: as typed, or today. */
	static LocalDate reportedOn(ProgressInput input, LocalDate today) {
		return input.reportedOn() == null ? today : input.reportedOn();
	}

	/**
	 * Checks the report against the producer's standing on the order.
	 *
	 * @throws InvalidInputException naming every broken rule; nothing is written then
	 */
	static void check(ProgressInput input, AllocationOrder order, ProducerStanding standing, LocalDate today) {
		List<FieldViolation> violations = new ArrayList<>();
		if (input.producedToDate() == null && !input.reportsDeliveries()) {
			violations.add(FieldViolation.of("producedToDate", "allocation.progress.validation.nothing"));
		}
		if (input.producedToDate() != null) {
			long produced = input.producedToDate();
			if (produced < 0) {
				violations.add(FieldViolation.of("producedToDate", "allocation.progress.validation.produced-negative"));
			}
			else if (produced < standing.produced()) {
				violations.add(FieldViolation.of("producedToDate", "allocation.progress.validation.produced-decreasing",
						standing.produced()));
			}
			else if (produced > standing.allocated()) {
				violations.add(FieldViolation.of("producedToDate", "allocation.progress.validation.produced-above-allocation",
						standing.allocated()));
			}
		}
		date("reportedOn", input.reportedOn(), order, today, violations);
		if (input.note() != null && input.note().strip().length() > NOTE_MAX) {
			violations.add(FieldViolation.of("note", "allocation.progress.validation.note-too-long", NOTE_MAX));
		}
		long deliveredNow = 0;
		Map<Long, Long> atPoint = new HashMap<>();
		for (int i = 0; i < input.deliveries().size(); i++) {
			DeliveryInput d = input.deliveries().get(i);
			if (d.isBlank()) {
				continue;
			}
			String row = "deliveries[" + i + "].";
			DeliveryPoint point = d.point() == null ? null : order.point(d.point().strip());
			if (point == null || standing.allocatedPerPoint().getOrDefault(point.id(), 0L) == 0) {
				violations.add(FieldViolation.of(row + "point", "allocation.progress.validation.point-unknown",
						d.point() == null ? "" : d.point()));
			}
			if (d.quantity() == null || d.quantity() <= 0) {
				violations.add(FieldViolation.of(row + "quantity", "allocation.progress.validation.quantity-positive"));
			}
			else if (point != null) {
				long before = atPoint.getOrDefault(point.id(), 0L);
				long remaining = standing.remainingAt(point.id()) - before;
				if (d.quantity() > remaining) {
					violations.add(FieldViolation.of(row + "quantity", "allocation.progress.validation.above-remaining",
							Math.max(0, remaining), point.code()));
				}
				atPoint.put(point.id(), before + d.quantity());
				deliveredNow += d.quantity();
			}
			if (d.deliveredOn() == null) {
				violations.add(FieldViolation.of(row + "deliveredOn", "allocation.progress.validation.date-required"));
			}
			else {
				date(row + "deliveredOn", d.deliveredOn(), order, today, violations);
			}
		}
		long produced = input.producedToDate() == null ? standing.produced()
				: Math.max(standing.produced(), input.producedToDate());
		if (deliveredNow > 0 && standing.delivered() + deliveredNow > produced && violations.isEmpty()) {
			violations.add(FieldViolation.of(input.producedToDate() == null ? "producedToDate" : "deliveries",
					"allocation.progress.validation.delivered-above-produced", standing.delivered() + deliveredNow, produced));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	private static void date(String field, LocalDate day, AllocationOrder order, LocalDate today,
			List<FieldViolation> violations) {
		if (day == null) {
			return;
		}
		if (day.isAfter(today)) {
			violations.add(FieldViolation.of(field, "allocation.progress.validation.date-future"));
		}
		else if (day.isBefore(order.startsOn())) {
			violations.add(FieldViolation.of(field, "allocation.progress.validation.date-before-start", order.startsOn()));
		}
	}
}
