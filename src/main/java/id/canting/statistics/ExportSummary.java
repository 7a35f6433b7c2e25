package id.canting.statistics;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Batik exports of a period as Canting publishes them: the total of the basket's HS codes with what
 * it counts ({@code definition}), where the records come from ({@code source}), the period
 * ({@code from}, {@code to} as {@code 2024-07}), when it was counted ({@code asOf}) and the latest
 * change to the records ({@code lastChangedAt}); {@code previousYear} is the same months a year
 * earlier.
 */
public record ExportSummary(BigDecimal valueUsd, BigDecimal netWeightKg, long records, String from, String to,
		String basket, String basketName, String definition, String source, Instant asOf, Instant lastChangedAt,
		YearOnYear previousYear) {

	/** The same months a year earlier, and the change to this period in percent (null when it had nothing). */
	public record YearOnYear(String from, String to, BigDecimal valueUsd, BigDecimal netWeightKg, long records,
			BigDecimal changePercent) {
	}
}
