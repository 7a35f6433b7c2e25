package id.canting.programme.catalogue.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import id.canting.programme.catalogue.MachineOrigin;
import id.canting.registry.SizeClass;

/**
 * One line of a programme's reimbursement rate table: the share of a machine's price paid back for
 * machines of this origin bought by an IKM of this size class.
 *
 * @param origin where the machine was made
 * @param sizeClass the size class the line is for, or null for every size class
 * @param ratePercent the share of the price in percent, more than 0 and at most 100, two decimals
 */
public record RateLine(MachineOrigin origin, SizeClass sizeClass, BigDecimal ratePercent) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public RateLine {
		Objects.requireNonNull(origin, "origin");
		ratePercent = ratePercent.setScale(2, RoundingMode.UNNECESSARY);
	}

	/** Whether the line is for every size class rather than one. */
	public boolean anySize() {
		return sizeClass == null;
	}

	/** The amount paid back for a machine of this price: price times rate, rounded down to whole rupiah. */
	public long amountFor(long priceIdr) {
		return BigDecimal.valueOf(priceIdr).multiply(ratePercent).divide(HUNDRED, 0, RoundingMode.DOWN).longValueExact();
	}

	/** The rate without trailing zeros ({@code 30}, {@code 27.5}), as the API and pages show it. */
	public BigDecimal plainPercent() {
		BigDecimal stripped = ratePercent.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	/** The line as the change history shows it, e.g. {@code DOMESTIC KECIL 45%} or {@code IMPORTED 25%}. */
	@Override
	public String toString() {
		return origin + (sizeClass == null ? "" : " " + sizeClass) + " " + plainPercent().toPlainString() + "%";
	}
}
