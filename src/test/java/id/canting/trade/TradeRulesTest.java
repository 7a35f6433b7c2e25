package id.canting.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.canting.shared.InvalidInputException;
import id.canting.trade.internal.ProductBasketDetails;
import id.canting.trade.internal.ProductBasketInput;

class TradeRulesTest {

	@Test
	void normalisesADottedHsCodeAndUpperCasesTheCountry() {
		ExportRecordDetails details = TradeRules.check(new ExportRecordInput("2024-07", "6205.20.10", " us ",
				new BigDecimal("1250.5"), new BigDecimal("30"), "BPS"));
		assertThat(details.hsCode()).isEqualTo("62052010");
		assertThat(details.countryCode()).isEqualTo("US");
		assertThat(details.month()).isEqualTo(YearMonth.of(2024, 7));
		assertThat(details.valueUsd()).isEqualByComparingTo("1250.50");
	}

	@Test
	void namesEveryBrokenFieldAndItsRule() {
		InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
				() -> TradeRules.check(new ExportRecordInput("2024-13", "6205.20.1", "XX", new BigDecimal("-1"),
						new BigDecimal("1.234"), " ")));
		assertThat(e.violations()).extracting(v -> v.field() + ":" + v.messageKey()).containsExactlyInAnyOrder(
				"month:validation.month", "hsCode:validation.hs-code", "countryCode:validation.country-code",
				"valueUsd:validation.not-negative", "netWeightKg:validation.decimals", "source:validation.required");
	}

	@Test
	void requiresEveryField() {
		InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
				() -> TradeRules.check(new ExportRecordInput(null, null, null, null, null, null)));
		assertThat(e.violations()).extracting(v -> v.field()).containsExactlyInAnyOrder("month", "hsCode",
				"countryCode", "valueUsd", "netWeightKg", "source");
		assertThat(e.violations()).allMatch(v -> v.messageKey().equals("validation.required"));
	}

	@Test
	void acceptsOnlyEightDigitHsCodes() {
		assertThat(TradeRules.normaliseHsCode("62052010")).isEqualTo("62052010");
		assertThat(TradeRules.normaliseHsCode("6205.2010")).isEqualTo("62052010");
		assertThat(TradeRules.normaliseHsCode("6205.20")).isNull();
		assertThat(TradeRules.normaliseHsCode("620520100")).isNull();
		assertThat(TradeRules.normaliseHsCode("6205-20-10")).isNull();
		assertThat(TradeRules.dotted("62052010")).isEqualTo("6205.20.10");
	}

	@Test
	void aBasketNeedsAtLeastOneValidHsCode() {
		InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
				() -> TradeRules.check(new ProductBasketInput("batik x", "Batik", "Batik", "d", "d", "s", List.of(), true)));
		assertThat(e.violations()).extracting(v -> v.field() + ":" + v.messageKey())
			.containsExactlyInAnyOrder("code:validation.basket-code", "hsCodes:validation.hs-codes.at-least-one");
		ProductBasketDetails ok = TradeRules.check(new ProductBasketInput("batik", "Batik", "Batik", "d", "d", "s",
				List.of("5208.52.10", "52085210", "6205.20.10"), null));
		assertThat(ok.code()).isEqualTo("BATIK");
		assertThat(ok.hsCodes()).containsExactlyInAnyOrder("52085210", "62052010");
		assertThat(ok.defaultBasket()).isFalse();
	}

	@Test
	void countryNamesComeInTheReadersLanguage() {
		assertThat(Countries.name("NL", java.util.Locale.ENGLISH)).isEqualTo("Netherlands");
		assertThat(Countries.name("NL", java.util.Locale.forLanguageTag("id"))).isEqualTo("Belanda");
		assertThat(Countries.name("JP", java.util.Locale.forLanguageTag("id"))).isEqualTo("Jepang");
	}
}
