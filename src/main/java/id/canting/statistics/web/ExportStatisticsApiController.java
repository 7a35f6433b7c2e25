package id.canting.statistics.web;

import java.time.Clock;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.canting.shared.Actor;
import id.canting.statistics.ExportBreakdown;
import id.canting.statistics.ExportStatistics;
import id.canting.statistics.ExportSummary;
import id.canting.statistics.Period;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Export figures for other systems, live from the records: the total of a period and basket and its
 * breakdowns, each against the same months a year earlier. The period is {@code period=} (see
 * {@link Period}) or {@code from=}/{@code to=} months; without either, January to the latest month
 * with records. The basket is the default one unless {@code basket=} names another.
 */
@RestController
@Tag(name = "Export statistics", description = "Batik export figures of a period and product basket, against a year earlier")
@RequestMapping("/api/v1/trade/exports")
class ExportStatisticsApiController {

	private final ExportStatistics statistics;
	private final Clock clock;

	ExportStatisticsApiController(ExportStatistics statistics, Clock clock) {
		this.statistics = statistics;
		this.clock = clock;
	}

	@GetMapping("/summary")
	ExportSummary summary(@RequestParam(required = false) String period, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String basket, Actor actor,
			Locale locale) {
		return statistics.summary(actor, period(period, from, to), basket, locale);
	}

	@GetMapping("/by-month")
	ExportBreakdown<ExportBreakdown.MonthLine> byMonth(@RequestParam(required = false) String period,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String basket, Actor actor) {
		return statistics.byMonth(actor, period(period, from, to), basket);
	}

	@GetMapping("/by-destination")
	ExportBreakdown<ExportBreakdown.KeyLine> byDestination(@RequestParam(required = false) String period,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String basket, @RequestParam(defaultValue = "10") int top, Actor actor,
			Locale locale) {
		return statistics.byDestination(actor, period(period, from, to), basket, top, locale);
	}

	@GetMapping("/by-hs")
	ExportBreakdown<ExportBreakdown.KeyLine> byHs(@RequestParam(required = false) String period,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String basket, Actor actor) {
		return statistics.byHsCode(actor, period(period, from, to), basket);
	}

	private Period period(String period, String from, String to) {
		Period chosen = Period.of(period, from, to, clock);
		return chosen == null ? statistics.defaultPeriod() : chosen;
	}
}
