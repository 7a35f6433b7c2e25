package id.canting.programme.impact.internal;

import java.math.BigDecimal;

/**
 * One indicator before and after a programme, over the beneficiaries measured both times. A figure
 * that has no meaning for the indicator is null: the natural-dye share and the INDI 4.0 score have no
 * total, only an average (their change is in points); Batikmark is a count of holders, with no average.
 *
 * @param key the indicator: workers, capacityPiecesPerMonth, annualSalesIdr, naturalDyePercent,
 *        batikmark or indiScore
 * @param totalChange {@code totalAfter - totalBefore}
 * @param averageChange {@code averageAfter - averageBefore}, of the rounded averages shown
 * @param changePercent the change of the total in percent of the total before (one decimal), for totals
 *        only, and null when the total before is zero
 */
public record ImpactMeasure(String key, Long totalBefore, Long totalAfter, Long totalChange, BigDecimal averageBefore,
		BigDecimal averageAfter, BigDecimal averageChange, BigDecimal changePercent) {
}
