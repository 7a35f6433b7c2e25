package id.canting.allocation.internal.progress;

import java.time.LocalDate;
import java.util.List;

import id.canting.allocation.internal.OrderStatus;
import id.canting.allocation.internal.OrderUnit;
import id.canting.allocation.internal.progress.PaceRule.Pace;

/**
 * An order's production as one reader may see it: every producer (an owner: only its own) with its
 * allocation, produced to date, deliveries per point and pace on {@code today}.
 */
public record OrderProgress(long orderId, String reference, String title, OrderStatus status, OrderUnit unit,
		long quantity, LocalDate startsOn, LocalDate dueOn, LocalDate paceStart, LocalDate today,
		List<ProducerProgress> producers) {

	/** One producer: its figures, its deliveries per point, its pace and its last report's day. */
	public record ProducerProgress(long ikmId, String ikmName, String provinceCode, long allocated, long produced,
			long delivered, List<PointProgress> points, Pace pace, LocalDate lastReportedOn) {

		public boolean behind() {
			return pace.behind();
		}
	}

	/** A producer's part at one delivery point. */
	public record PointProgress(long pointId, String code, String name, long allocated, long delivered) {

		public long remaining() {
			return Math.max(0, allocated - delivered);
		}
	}
}
