package id.canting.trade;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.trade.internal.ProductBasketDetails;
import id.canting.trade.internal.ProductBasketInput;

/**
 * The field rules of trade data, shared by the API, the pages and bulk imports: pure functions of
 * their input, no database. Each broken rule is reported with its field and message key.
 */
public final class TradeRules {

	/** Months as {@code 2024-07}. */
	static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
	/** 8 digits, optionally grouped with dots as printed in the tariff book: {@code 6205.20.10}. */
	static final Pattern HS_CODE_INPUT = Pattern.compile("\\d{4}\\.?\\d{2}\\.?\\d{2}");
	static final Pattern BASKET_CODE = Pattern.compile("[A-Z0-9][A-Z0-9_\\-]*");
	static final int EARLIEST_YEAR = 1990;
	static final int LATEST_YEAR = 2100;
	/** numeric(18, 2): 16 digits before the decimal point. */
	static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999.99");
	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private TradeRules() {
	}

	/**
	 * Reads an export record, or refuses it listing every broken rule.
	 *
	 * @throws InvalidInputException naming each field ({@code month}, {@code hsCode},
	 *         {@code countryCode}, {@code valueUsd}, {@code netWeightKg}, {@code source}) and rule
	 */
	public static ExportRecordDetails check(ExportRecordInput input) {
		List<FieldViolation> violations = new ArrayList<>();
		YearMonth month = month("month", input.month(), violations);
		String hsCode = hsCode("hsCode", input.hsCode(), violations);
		String country = countryCode("countryCode", input.countryCode(), violations);
		BigDecimal value = amount("valueUsd", input.valueUsd(), violations);
		BigDecimal weight = amount("netWeightKg", input.netWeightKg(), violations);
		String source = text("source", input.source(), 60, violations);
		throwIfAny(violations);
		return new ExportRecordDetails(month, hsCode, country, value, weight, source);
	}

	/**
	 * Reads a product basket, or refuses it listing every broken rule.
	 *
	 * @throws InvalidInputException naming each field and rule
	 */
	public static ProductBasketDetails check(ProductBasketInput input) {
		List<FieldViolation> violations = new ArrayList<>();
		String code = text("code", input.code(), 40, violations);
		if (code != null) {
			code = code.toUpperCase(Locale.ROOT);
			if (!BASKET_CODE.matcher(code).matches()) {
				violations.add(FieldViolation.of("code", "validation.basket-code"));
			}
		}
		String nameId = text("nameId", input.nameId(), 150, violations);
		String nameEn = text("nameEn", input.nameEn(), 150, violations);
		String definitionId = text("definitionId", input.definitionId(), 2000, violations);
		String definitionEn = text("definitionEn", input.definitionEn(), 2000, violations);
		String source = text("source", input.source(), 200, violations);
		Set<String> codes = new LinkedHashSet<>();
		if (input.hsCodes() != null) {
			for (String raw : input.hsCodes()) {
				if (raw != null && !raw.isBlank()) {
					String hs = hsCode("hsCodes", raw, violations);
					if (hs != null) {
						codes.add(hs);
					}
				}
			}
		}
		if (codes.isEmpty() && violations.stream().noneMatch(v -> v.field().equals("hsCodes"))) {
			violations.add(FieldViolation.of("hsCodes", "validation.hs-codes.at-least-one"));
		}
		throwIfAny(violations);
		return new ProductBasketDetails(code, nameId, nameEn, definitionId, definitionEn, source,
				Set.copyOf(codes), Boolean.TRUE.equals(input.defaultBasket()));
	}

	/**
	 * The 8 digits of an HS code typed with or without dots ({@code 6205.20.10} → {@code 62052010}),
	 * or {@code null} when it is not one.
	 */
	public static String normaliseHsCode(String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		return HS_CODE_INPUT.matcher(stripped).matches() ? stripped.replace(".", "") : null;
	}

	/** {@code 62052010} as the tariff book prints it: {@code 6205.20.10}. */
	public static String dotted(String hsCode) {
		return hsCode == null || hsCode.length() != 8 ? hsCode
				: hsCode.substring(0, 4) + "." + hsCode.substring(4, 6) + "." + hsCode.substring(6);
	}

	/** A month as {@code 2024-07}, or {@code null} when the text is not one. */
	public static YearMonth parseMonth(String text) {
		if (text == null || !MONTH.matcher(text.strip()).matches()) {
			return null;
		}
		String stripped = text.strip();
		int year = Integer.parseInt(stripped.substring(0, 4));
		int month = Integer.parseInt(stripped.substring(5));
		if (month < 1 || month > 12 || year < EARLIEST_YEAR || year > LATEST_YEAR) {
			return null;
		}
		return YearMonth.of(year, month);
	}

	/** Whether the code is an ISO 3166-1 alpha-2 country code (upper case). */
	public static boolean isCountryCode(String code) {
		return code != null && COUNTRIES.contains(code);
	}

	public static YearMonth month(String field, String text, List<FieldViolation> violations) {
		if (text == null || text.isBlank()) {
			violations.add(FieldViolation.of(field, "validation.required"));
			return null;
		}
		YearMonth month = parseMonth(text);
		if (month == null) {
			violations.add(FieldViolation.of(field, "validation.month", EARLIEST_YEAR, LATEST_YEAR));
		}
		return month;
	}

	public static String hsCode(String field, String text, List<FieldViolation> violations) {
		if (text == null || text.isBlank()) {
			violations.add(FieldViolation.of(field, "validation.required"));
			return null;
		}
		String code = normaliseHsCode(text);
		if (code == null) {
			violations.add(FieldViolation.of(field, "validation.hs-code", text.strip()));
		}
		return code;
	}

	public static String countryCode(String field, String text, List<FieldViolation> violations) {
		if (text == null || text.isBlank()) {
			violations.add(FieldViolation.of(field, "validation.required"));
			return null;
		}
		String code = text.strip().toUpperCase(Locale.ROOT);
		if (!isCountryCode(code)) {
			violations.add(FieldViolation.of(field, "validation.country-code", text.strip()));
			return null;
		}
		return code;
	}

	private static BigDecimal amount(String field, BigDecimal value, List<FieldViolation> violations) {
		if (value == null) {
			violations.add(FieldViolation.of(field, "validation.required"));
			return null;
		}
		if (value.signum() < 0) {
			violations.add(FieldViolation.of(field, "validation.not-negative"));
		}
		else if (value.stripTrailingZeros().scale() > 2) {
			violations.add(FieldViolation.of(field, "validation.decimals", 2));
		}
		else if (value.compareTo(MAX_AMOUNT) > 0) {
			violations.add(FieldViolation.of(field, "validation.amount.max"));
		}
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	private static String text(String field, String value, int maxLength, List<FieldViolation> violations) {
		String text = value == null || value.isBlank() ? null : value.strip();
		if (text == null) {
			violations.add(FieldViolation.of(field, "validation.required"));
		}
		else if (text.length() > maxLength) {
			violations.add(FieldViolation.of(field, "validation.too-long", maxLength, text.length()));
		}
		return text;
	}

	private static void throwIfAny(List<FieldViolation> violations) {
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}
}
