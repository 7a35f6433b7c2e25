package id.canting.statistics.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import id.canting.shared.Actor;
import id.canting.shared.web.Dates;
import id.canting.statistics.ExportBreakdown;
import id.canting.statistics.ExportStatistics;
import id.canting.statistics.ExportSummary;
import id.canting.statistics.Period;
import id.canting.trade.ProductBasket;

/**
 * The exports dashboard at {@code /statistics/exports}: a period (presets or a custom range) and a
 * basket, the headline total with its definition, source, period and as-of time, and the monthly,
 * destination and HS code breakdowns, each figure opening its records in the export list.
 */
@Controller
class ExportDashboardController {

	private final ExportStatistics statistics;
	private final Clock clock;

	ExportDashboardController(ExportStatistics statistics, Clock clock) {
		this.statistics = statistics;
		this.clock = clock;
	}

	/** A period preset: the value for {@code period=}, with the message key and arguments of its label. */
	record Preset(String value, String labelKey, Object[] labelArgs) {
	}

	/** A chart and table line: label, figure, the year before, and the records behind it. */
	record Line(String key, String label, BigDecimal valueUsd, BigDecimal netWeightKg, long records,
			BigDecimal previousYearValueUsd, BigDecimal changePercent, String href, String previousHref) {
	}

	@GetMapping("/statistics/exports")
	String dashboard(@RequestParam(required = false) String period, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String basket, Actor actor,
			Locale locale, Model model) {
		// the page's form sends the preset and the custom months together; a preset chosen wins
		Period asked = period != null && !period.isBlank() ? Period.parse(period, clock)
				: Period.of(null, from, to, clock);
		Period chosen = asked == null ? statistics.defaultPeriod() : asked;
		ProductBasket selected = statistics.basket(actor, basket);
		ExportSummary summary = statistics.summary(actor, chosen, selected.code(), locale);
		String code = selected.code();
		Period previous = chosen.previousYear();

		List<Line> months = statistics.byMonth(actor, chosen, code).rows().stream()
			.map(m -> new Line(m.month(), Dates.month(m.month(), locale), m.valueUsd(), m.netWeightKg(),
					m.records(), m.previousYearValueUsd(), m.changePercent(),
					listUrl(m.month(), m.month(), code, null, null),
					listUrl(m.previousMonth(), m.previousMonth(), code, null, null)))
			.toList();
		List<Line> destinations = statistics.byDestination(actor, chosen, code, 10, locale).rows().stream()
			.map(d -> line(d, listUrl(chosen.from().toString(), chosen.to().toString(), code, null, d.key()),
					listUrl(previous.from().toString(), previous.to().toString(), code, null, d.key())))
			.toList();
		List<Line> hsCodes = statistics.byHsCode(actor, chosen, code).rows().stream()
			.map(h -> line(h, listUrl(chosen.from().toString(), chosen.to().toString(), code, h.key(), null),
					listUrl(previous.from().toString(), previous.to().toString(), code, h.key(), null)))
			.toList();

		model.addAttribute("period", chosen);
		model.addAttribute("periodParam", period == null || period.isBlank() ? "" : period.strip());
		model.addAttribute("periodLabel", chosen.label(locale));
		model.addAttribute("previousLabel", previous.label(locale));
		model.addAttribute("presets", presets());
		model.addAttribute("baskets", statistics.baskets(actor));
		model.addAttribute("basket", selected);
		model.addAttribute("summary", summary);
		model.addAttribute("totalUrl", listUrl(chosen.from().toString(), chosen.to().toString(), code, null, null));
		model.addAttribute("months", months);
		model.addAttribute("destinations", destinations);
		model.addAttribute("hsCodes", hsCodes);
		return "statistics/exports";
	}

	private static Line line(ExportBreakdown.KeyLine k, String href, String previousHref) {
		return new Line(k.key(), k.name(), k.valueUsd(), k.netWeightKg(), k.records(), k.previousYearValueUsd(),
				k.changePercent(), href, previousHref);
	}

	/** Years with records (and this year), newest first, each with its year, semesters, quarters and year to date. */
	private List<Preset> presets() {
		List<Preset> presets = new ArrayList<>();
		presets.add(new Preset("ytd", "exports.period.ytd", new Object[0]));
		YearMonth now = YearMonth.now(clock);
		int first = statistics.defaultPeriod().from().getYear() - 1;
		for (int year = Math.max(now.getYear(), statistics.defaultPeriod().to().getYear()); year >= first; year--) {
			String y = String.valueOf(year);
			presets.add(new Preset(y, "exports.period.year", new Object[] { y }));
			presets.add(new Preset(y + "-YTD", "exports.period.year-to-date", new Object[] { y }));
			for (int s = 1; s <= 2; s++) {
				presets.add(new Preset(y + "-S" + s, "exports.period.semester", new Object[] { y, s }));
			}
			for (int q = 1; q <= 4; q++) {
				presets.add(new Preset(y + "-Q" + q, "exports.period.quarter", new Object[] { y, q }));
			}
		}
		return presets;
	}

	/** The export list filtered to the records behind a figure. */
	static String listUrl(String from, String to, String basket, String hsCode, String country) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/trade/exports")
			.queryParam("from", from)
			.queryParam("to", to)
			.queryParam("basket", basket);
		if (hsCode != null) {
			url.queryParam("hsCode", hsCode);
		}
		if (country != null) {
			url.queryParam("country", country);
		}
		return url.build().encode().toUriString();
	}
}
