package id.canting.trade;

import java.math.BigDecimal;

/** An export record was recorded by {@code by}: {@code month} as {@code 2024-07}. */
public record ExportRecordRecorded(ExportRecordId id, String month, String hsCode, String countryCode,
		BigDecimal valueUsd, String source, String by) {
}
