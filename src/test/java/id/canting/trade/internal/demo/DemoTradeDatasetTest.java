package id.canting.trade.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.canting.trade.ExportRecordInput;
import id.canting.trade.internal.ProductBasketInput;
import id.canting.trade.TradeRules;

class DemoTradeDatasetTest {

	@Test
	void theDefaultBasketAddsUpToTheArticlesFigureForJanuaryToJuly2024() {
		Set<String> batik = codesOf(DemoTradeDataset.DEFAULT_BASKET);
		BigDecimal total = sum(DemoTradeDataset.records(), batik, "2024-01", "2024-07");
		assertThat(total).isEqualByComparingTo("9450000");
	}

	@Test
	void theWiderBasketCountsMoreAndTheYearsDiffer() {
		List<ExportRecordInput> records = DemoTradeDataset.records();
		Set<String> batik = codesOf(DemoTradeDataset.DEFAULT_BASKET);
		Set<String> wide = codesOf(DemoTradeDataset.WIDE_BASKET);
		assertThat(sum(records, wide, "2024-01", "2024-07")).isGreaterThan(sum(records, batik, "2024-01", "2024-07"));
		assertThat(sum(records, batik, "2023-01", "2023-07")).isNotEqualByComparingTo(sum(records, batik, "2024-01", "2024-07"));
	}

	@Test
	void everyRecordPassesTheRulesAndIsTheSameOnEveryStart() {
		List<ExportRecordInput> records = DemoTradeDataset.records();
		records.forEach(TradeRules::check);
		assertThat(records).isEqualTo(DemoTradeDataset.records());
		assertThat(records).extracting(ExportRecordInput::month).contains("2023-01", "2024-12");
		assertThat(records).extracting(r -> r.month() + r.hsCode() + r.countryCode()).doesNotHaveDuplicates();
	}

	private static Set<String> codesOf(String basket) {
		ProductBasketInput input = DemoTradeDataset.baskets().stream().filter(b -> b.code().equals(basket)).findFirst()
			.orElseThrow();
		return TradeRules.check(input).hsCodes();
	}

	private static BigDecimal sum(List<ExportRecordInput> records, Set<String> codes, String from, String to) {
		return records.stream()
			.filter(r -> codes.contains(r.hsCode()) && r.month().compareTo(from) >= 0 && r.month().compareTo(to) <= 0)
			.map(ExportRecordInput::valueUsd)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
