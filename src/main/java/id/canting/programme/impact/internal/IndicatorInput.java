package id.canting.programme.impact.internal;

import java.math.BigDecimal;

/**
 * One measurement of a beneficiary's indicators as a form or a client sends it, before
 * {@link IndicatorRules} read it: the day as {@code 2024-03-01}, the rest as numbers.
 *
 * @param capacityPiecesPerMonth production capacity in pieces a month
 * @param annualSalesIdr sales of a year, in IDR
 * @param naturalDyePercent share of production dyed with natural dyes, 0 to 100
 * @param batikmark whether the beneficiary holds the Batikmark certification mark
 * @param indiScore INDI 4.0 readiness score (Permenperin 21/2020), 0.00 to 4.00
 */
public record IndicatorInput(String measuredOn, Integer workers, Long capacityPiecesPerMonth, Long annualSalesIdr,
		Integer naturalDyePercent, Boolean batikmark, BigDecimal indiScore) {
}
