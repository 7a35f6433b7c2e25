package id.canting.programme.catalogue;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the rate table would pay back to one company for its machines, computed and not saved.
 *
 * @param amountIdr what the company would receive: the lines' sum, capped at the maximum, or 0 below the minimum
 * @param linesTotalIdr the sum of the lines' amounts before the minimum and maximum
 * @param lines each machine with the rate that applies to it and its amount
 * @param reasons each rule that changed the amount (no rate for a line, the cap, the minimum)
 */
public record ReimbursementQuote(long amountIdr, long linesTotalIdr, List<Line> lines, List<QuoteReason> reasons) {

	public ReimbursementQuote {
		lines = List.copyOf(lines);
		reasons = List.copyOf(reasons);
	}

	/**
	 * One machine of the quote.
	 *
	 * @param ratePercent the rate that applies (without trailing zeros), or null when the table has none for its
	 *        origin and size class
	 * @param amountIdr price times rate, rounded down to whole rupiah (0 without a rate)
	 */
	public record Line(MachineOrigin origin, long priceIdr, BigDecimal ratePercent, long amountIdr) {
	}
}
