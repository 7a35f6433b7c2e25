package id.canting.trade.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

import id.canting.trade.Countries;
import id.canting.trade.ExportRecord;
import id.canting.trade.internal.ExportRecordSummary;

/** An export record as the API and pages show it, with the destination's name in the reader's language. */
record ExportRecordResponse(long id, String month, String hsCode, String countryCode, String countryName,
		BigDecimal valueUsd, BigDecimal netWeightKg, String source, Integer version, Instant updatedAt) {

	static ExportRecordResponse of(ExportRecord record, Locale locale) {
		return new ExportRecordResponse(record.id().value(), record.month().toString(), record.hsCode(),
				record.countryCode(), Countries.name(record.countryCode(), locale), record.valueUsd(),
				record.netWeightKg(), record.source(), record.version(), record.updatedAt());
	}

	static ExportRecordResponse of(ExportRecordSummary row, Locale locale) {
		return new ExportRecordResponse(row.id(), row.month().toString(), row.hsCode(), row.countryCode(),
				Countries.name(row.countryCode(), locale), row.valueUsd(), row.netWeightKg(), row.source(), null, null);
	}
}
