package id.canting.statistics;

import java.math.BigDecimal;
import java.util.List;

/**
 * An export figure broken down (by month, destination or HS code) for a period and basket, each
 * line with the same months a year earlier ({@code previousFrom}..{@code previousTo}) and the change.
 */
public record ExportBreakdown<T>(String from, String to, String previousFrom, String previousTo, String basket,
		List<T> rows) {

	/** One month, with the same month a year earlier. */
	public record MonthLine(String month, BigDecimal valueUsd, BigDecimal netWeightKg, long records,
			String previousMonth, BigDecimal previousYearValueUsd, BigDecimal changePercent) {
	}

	/** One destination country (ISO code and name in the reader's language) or one HS code. */
	public record KeyLine(String key, String name, BigDecimal valueUsd, BigDecimal netWeightKg, long records,
			BigDecimal previousYearValueUsd, BigDecimal changePercent) {
	}
}
