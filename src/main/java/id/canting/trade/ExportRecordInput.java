package id.canting.trade;

import java.math.BigDecimal;

/**
 * An export record as a person, a client or an import row gives it, before {@link TradeRules}
 * read it: month as {@code 2024-07}, HS code with or without dots ({@code 6205.20.10}), destination
 * as ISO 3166-1 alpha-2 ({@code US}), value in USD, net weight in kg, and the source (e.g. {@code BPS}).
 */
public record ExportRecordInput(String month, String hsCode, String countryCode, BigDecimal valueUsd,
		BigDecimal netWeightKg, String source) {
}
