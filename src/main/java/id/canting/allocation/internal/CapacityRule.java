package id.canting.allocation.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

import id.canting.registry.ProducerFacts;

/**
 * What an IKM can make for an order by its due date.
 *
 * <ol>
 * <li><b>Gross</b>, per month: the latest accepted semester report's installed capacity ÷ 6 when the IKM
 * has one (reviewed by the provincial office, so it wins over the registry), else the registry's
 * capacity per month; none of either: 0. Over the order's period: monthly × days ÷ 30, where days counts
 * from {@code startsOn} to {@code dueOn} both included (a 30-day month, rounded down).</li>
 * <li><b>Units</b>: the registry and the reports count pieces (a kain of about 2 × 1.15 m); a METRE order
 * counts {@value #METRES_PER_PIECE} m per piece.</li>
 * <li><b>Committed</b>: for each other order CONFIRMED or IN_PRODUCTION whose period overlaps, the IKM's
 * quantity in its confirmed plan × overlapping days ÷ that order's days (production taken as even over
 * its period), rounded up, in this order's unit.</li>
 * <li><b>Net</b> = gross − committed, not below 0. The producer's own confirmation wins when there is
 * one, but never above the net (commitments made since may have lowered it).</li>
 * </ol>
 */
public final class CapacityRule {

	public static final int METRES_PER_PIECE = 2;
	static final int DAYS_PER_MONTH = 30;
	static final int MONTHS_PER_SEMESTER = 6;

	private CapacityRule() {
	}

	/** Another order's confirmed quantity for the IKM, with that order's period and unit. */
	public record Commitment(long orderId, LocalDate startsOn, LocalDate dueOn, OrderUnit unit, long quantity) {
	}

	/** The figures behind an IKM's capacity for an order, for the pages and the API. */
	public record Figures(long gross, CapacitySource grossSource, long committed, long net, Long confirmed,
			long capacity, CapacitySource source) {
	}

	public static Figures figures(AllocationOrder order, ProducerFacts ikm, Collection<Commitment> commitments,
			Long confirmed) {
		long days = days(order.startsOn(), order.dueOn());
		int factor = factor(order.unit());
		long gross;
		CapacitySource grossSource;
		if (ikm.reportedCapacity() != null) {
			gross = ikm.reportedCapacity() * factor * days / ((long) MONTHS_PER_SEMESTER * DAYS_PER_MONTH);
			grossSource = CapacitySource.SEMESTER_REPORT;
		}
		else {
			gross = ikm.capacityPerMonth() == null ? 0
					: (long) ikm.capacityPerMonth() * factor * days / DAYS_PER_MONTH;
			grossSource = CapacitySource.REGISTRY;
		}
		long committed = committed(order, commitments);
		long net = Math.max(0, gross - committed);
		if (confirmed != null) {
			return new Figures(gross, grossSource, committed, net, confirmed, Math.min(confirmed, net),
					CapacitySource.CONFIRMED_BY_PRODUCER);
		}
		return new Figures(gross, grossSource, committed, net, null, net, grossSource);
	}

	/** What other overlapping orders take of the IKM's capacity in this order's period, in this order's unit. */
	public static long committed(AllocationOrder order, Collection<Commitment> commitments) {
		long total = 0;
		for (Commitment c : commitments) {
			if (order.id() != null && c.orderId() == order.id()) {
				continue;
			}
			LocalDate from = c.startsOn().isAfter(order.startsOn()) ? c.startsOn() : order.startsOn();
			LocalDate to = c.dueOn().isBefore(order.dueOn()) ? c.dueOn() : order.dueOn();
			if (to.isBefore(from)) {
				continue;
			}
			long overlap = days(from, to);
			long numerator = c.quantity() * overlap * factor(order.unit());
			long denominator = days(c.startsOn(), c.dueOn()) * factor(c.unit());
			total += (numerator + denominator - 1) / denominator;
		}
		return total;
	}

	/** Days from {@code from} to {@code to}, both included. */
	public static long days(LocalDate from, LocalDate to) {
		return ChronoUnit.DAYS.between(from, to) + 1;
	}

	private static int factor(OrderUnit unit) {
		return unit == OrderUnit.METRE ? METRES_PER_PIECE : 1;
	}
}
