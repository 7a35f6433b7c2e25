package id.canting.trade;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import id.canting.shared.FieldChange;

/**
 * An export record as {@link TradeRules} accepted it: the HS code normalised to 8 digits, the
 * country upper-cased, the amounts with two decimals.
 */
public record ExportRecordDetails(YearMonth month, String hsCode, String countryCode, BigDecimal valueUsd,
		BigDecimal netWeightKg, String source) {

	/** Every field whose value differs from {@code before}, for the change history and import previews. */
	public List<FieldChange> changesFrom(ExportRecordDetails before) {
		List<FieldChange> changes = new ArrayList<>();
		FieldChange.addIfChanged(changes, "month", before.month, month);
		FieldChange.addIfChanged(changes, "hsCode", before.hsCode, hsCode);
		FieldChange.addIfChanged(changes, "countryCode", before.countryCode, countryCode);
		FieldChange.addIfChanged(changes, "valueUsd", plain(before.valueUsd), plain(valueUsd));
		FieldChange.addIfChanged(changes, "netWeightKg", plain(before.netWeightKg), plain(netWeightKg));
		FieldChange.addIfChanged(changes, "source", before.source, source);
		return changes;
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.toPlainString();
	}
}
