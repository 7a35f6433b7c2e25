package id.canting.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.statistics.ExportBreakdown.KeyLine;
import id.canting.statistics.ExportBreakdown.MonthLine;
import id.canting.trade.Countries;
import id.canting.trade.ProductBasket;
import id.canting.trade.ProductBasketNotFoundException;
import id.canting.trade.TradeFigures;
import id.canting.trade.TradeFigures.KeyFigure;
import id.canting.trade.TradeFigures.MonthFigure;
import id.canting.trade.TradeManagement;
import id.canting.trade.TradeRules;

/**
 * Composes the trade module's live figures into published export statistics: a period's total for
 * a product basket (the default one unless another is named) with its definition, source and
 * as-of time, and breakdowns, each compared with the same months a year earlier.
 */
@Service
// one read-only transaction (one connection) per request, not one per figure read
@Transactional(readOnly = true)
public class ExportStatistics {

	/** The most destinations a breakdown lists. */
	public static final int MAX_TOP = 50;

	private final TradeFigures figures;
	private final TradeManagement trade;
	private final Clock clock;

	ExportStatistics(TradeFigures figures, TradeManagement trade, Clock clock) {
		this.figures = figures;
		this.trade = trade;
		this.clock = clock;
	}

	/**
	 * The period a figure counts when the reader named none: January to the latest month with
	 * records, in that month's year (this year to date when there are no records).
	 */
	public Period defaultPeriod() {
		return figures.latestMonth()
			.map(latest -> new Period(YearMonth.of(latest.getYear(), 1), latest))
			.orElseGet(() -> Period.parse("ytd", clock));
	}

	/** The basket a figure counts: the one named, else the default. */
	public ProductBasket basket(Actor actor, String code) {
		if (code == null || code.isBlank()) {
			return trade.defaultBasket().orElseThrow(() -> new InvalidInputException(
					List.of(FieldViolation.of("basket", "validation.required"))));
		}
		try {
			return trade.basket(actor, code);
		}
		catch (ProductBasketNotFoundException e) {
			throw new InvalidInputException(List.of(FieldViolation.of("basket", "validation.basket.unknown", code)));
		}
	}

	/** Every basket a reader may choose, the default first. */
	public List<ProductBasket> baskets(Actor actor) {
		return trade.baskets(actor);
	}

	public ExportSummary summary(Actor actor, Period period, String basketCode, Locale locale) {
		ProductBasket basket = basket(actor, basketCode);
		Period previous = period.previousYear();
		TradeFigures.Totals now = figures.totals(period.from(), period.to(), basket.code());
		TradeFigures.Totals before = figures.totals(previous.from(), previous.to(), basket.code());
		String source = now.sources().isEmpty() ? basket.source() : String.join(", ", now.sources());
		return new ExportSummary(plain(now.valueUsd()), plain(now.netWeightKg()), now.records(),
				period.from().toString(), period.to().toString(), basket.code(), basket.name(locale),
				basket.definition(locale), source, clock.instant(), figures.lastChangedAt().orElse(null),
				new ExportSummary.YearOnYear(previous.from().toString(), previous.to().toString(),
						plain(before.valueUsd()), plain(before.netWeightKg()), before.records(),
						change(now.valueUsd(), before.valueUsd())));
	}

	/** Every month of the period (months without records as zero) beside the same month a year earlier. */
	public ExportBreakdown<MonthLine> byMonth(Actor actor, Period period, String basketCode) {
		ProductBasket basket = basket(actor, basketCode);
		Period previous = period.previousYear();
		Map<YearMonth, MonthFigure> now = byKey(figures.byMonth(period.from(), period.to(), basket.code()),
				MonthFigure::month);
		Map<YearMonth, MonthFigure> before = byKey(figures.byMonth(previous.from(), previous.to(), basket.code()),
				MonthFigure::month);
		List<MonthLine> rows = new ArrayList<>();
		for (YearMonth month = period.from(); !month.isAfter(period.to()); month = month.plusMonths(1)) {
			MonthFigure current = now.get(month);
			MonthFigure earlier = before.get(month.minusYears(1));
			BigDecimal value = current == null ? BigDecimal.ZERO : current.valueUsd();
			BigDecimal previousValue = earlier == null ? BigDecimal.ZERO : earlier.valueUsd();
			rows.add(new MonthLine(month.toString(), plain(value),
					plain(current == null ? BigDecimal.ZERO : current.netWeightKg()),
					current == null ? 0 : current.records(), month.minusYears(1).toString(), plain(previousValue),
					change(value, previousValue)));
		}
		return breakdown(period, basket, rows);
	}

	/** The {@code top} largest destinations, each with its value a year earlier. */
	public ExportBreakdown<KeyLine> byDestination(Actor actor, Period period, String basketCode, int top,
			Locale locale) {
		if (top < 1 || top > MAX_TOP) {
			throw new InvalidInputException(List.of(FieldViolation.of("top", "validation.size.range", MAX_TOP)));
		}
		ProductBasket basket = basket(actor, basketCode);
		Period previous = period.previousYear();
		List<KeyFigure> now = figures.byCountry(period.from(), period.to(), basket.code());
		Map<String, KeyFigure> before = byKey(figures.byCountry(previous.from(), previous.to(), basket.code()),
				KeyFigure::key);
		return breakdown(period, basket, now.stream().limit(top)
			.map(f -> keyLine(f, Countries.name(f.key(), locale), before.get(f.key())))
			.toList());
	}

	/** Every HS code of the basket with records in the period, each with its value a year earlier. */
	public ExportBreakdown<KeyLine> byHsCode(Actor actor, Period period, String basketCode) {
		ProductBasket basket = basket(actor, basketCode);
		Period previous = period.previousYear();
		Map<String, KeyFigure> before = byKey(figures.byHsCode(previous.from(), previous.to(), basket.code()),
				KeyFigure::key);
		return breakdown(period, basket, figures.byHsCode(period.from(), period.to(), basket.code()).stream()
			.map(f -> keyLine(f, TradeRules.dotted(f.key()), before.get(f.key())))
			.toList());
	}

	private static KeyLine keyLine(KeyFigure now, String name, KeyFigure before) {
		BigDecimal previous = before == null ? BigDecimal.ZERO : before.valueUsd();
		return new KeyLine(now.key(), name, plain(now.valueUsd()), plain(now.netWeightKg()), now.records(),
				plain(previous), change(now.valueUsd(), previous));
	}

	private static <T> ExportBreakdown<T> breakdown(Period period, ProductBasket basket, List<T> rows) {
		Period previous = period.previousYear();
		return new ExportBreakdown<>(period.from().toString(), period.to().toString(), previous.from().toString(),
				previous.to().toString(), basket.code(), rows);
	}

	/** Change in percent with one decimal; {@code null} when there was nothing to compare with. */
	static BigDecimal change(BigDecimal now, BigDecimal before) {
		if (before == null || before.signum() == 0) {
			return null;
		}
		return plain(now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_UP));
	}

	/** Without trailing zeros, never in exponent form: 9450000.00 → 9450000, 12.50 → 12.5. */
	static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	private static <K, V> Map<K, V> byKey(List<V> values, Function<V, K> key) {
		return values.stream().collect(Collectors.toMap(key, Function.identity()));
	}
}
