package id.canting.trade.internal;

import java.math.BigDecimal;
import java.time.YearMonth;

/** An export record as lists show it. */
public record ExportRecordSummary(long id, YearMonth month, String hsCode, String countryCode, BigDecimal valueUsd,
		BigDecimal netWeightKg, String source) {
}
