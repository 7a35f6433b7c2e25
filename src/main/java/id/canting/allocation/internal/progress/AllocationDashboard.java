package id.canting.allocation.internal.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import id.canting.allocation.internal.OrderStatus;
import id.canting.allocation.internal.OrderUnit;

/**
 * Allocated against delivered, for one order or for every order a reader may see: by province (of the
 * producer) and by delivery point, the number of producers, the share of the quantity going to
 * women-owned IKM, to KECIL IKM and to prison units, and the producers behind pace today.
 */
public record AllocationDashboard(String scope, List<OrderLine> orders, Totals totals, List<Line> byProvince,
		List<Line> byPoint, List<Share> shares, List<Behind> behind, LocalDate asOf) {

	/** The figures of one order (the single line of an order's dashboard). */
	public record OrderLine(long orderId, String reference, String title, OrderStatus status, OrderUnit unit,
			long quantity, LocalDate dueOn, long allocated, long produced, long delivered, long producers, long behind) {

		public BigDecimal deliveredPercent() {
			return percent(delivered, quantity);
		}
	}

	/** All orders together. */
	public record Totals(long quantity, long allocated, long produced, long delivered, long producers, long behind) {

		public BigDecimal deliveredPercent() {
			return percent(delivered, allocated);
		}
	}

	/**
	 * One province or delivery point: {@code key} its code, {@code demand} what the order asks there (for a
	 * point; 0 for a province), what producers there are allocated and delivered.
	 */
	public record Line(String key, String name, long producers, long demand, long allocated, long delivered) {

		public BigDecimal deliveredPercent() {
			return percent(delivered, allocated);
		}
	}

	/** A group of producers (WOMEN_OWNED, KECIL, PRISON_UNIT): how many, their quantity and its share of all. */
	public record Share(String group, long producers, long quantity, BigDecimal percent) {
	}

	/** A producer behind pace today. */
	public record Behind(long orderId, String reference, long ikmId, String ikmName, String provinceCode,
			long allocated, long produced, long projected) {
	}

	static BigDecimal percent(long part, long whole) {
		return whole == 0 ? BigDecimal.ZERO
				: BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}
}
