package id.canting.trade.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.trade.TradeRules;

/**
 * Which export records a list shows; every part is optional. {@code from} and {@code to} are
 * months, both included; {@code basketCode} keeps the HS codes of that product basket. These are
 * the same filters a dashboard figure is counted with, so a figure opens exactly its records.
 */
public record ExportFilter(YearMonth from, YearMonth to, String hsCode, String countryCode, String basketCode) {

	/**
	 * Reads the query parameters {@code from}, {@code to}, {@code hsCode}, {@code country} and
	 * {@code basket}.
	 *
	 * @throws InvalidInputException naming the parameter and the expected format
	 */
	public static ExportFilter of(String from, String to, String hsCode, String country, String basket) {
		List<FieldViolation> violations = new ArrayList<>();
		YearMonth fromMonth = blank(from) ? null : TradeRules.month("from", from, violations);
		YearMonth toMonth = blank(to) ? null : TradeRules.month("to", to, violations);
		if (fromMonth != null && toMonth != null && toMonth.isBefore(fromMonth)) {
			violations.add(FieldViolation.of("to", "validation.period.to-before-from", fromMonth.toString()));
		}
		String code = blank(hsCode) ? null : TradeRules.hsCode("hsCode", hsCode, violations);
		String countryCode = blank(country) ? null : TradeRules.countryCode("country", country, violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new ExportFilter(fromMonth, toMonth, code, countryCode,
				blank(basket) ? null : basket.strip().toUpperCase(Locale.ROOT));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
