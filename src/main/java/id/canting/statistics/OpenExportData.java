package id.canting.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.shared.Actor;
import id.canting.statistics.ExportBreakdown.KeyLine;
import id.canting.statistics.ExportBreakdown.MonthLine;

/**
 * The open-data tables of batik exports: monthly totals, destinations and HS codes of a product
 * basket for a period, each beside the same months a year earlier. Export records are aggregates
 * from the start (no person or company in them), so they are published without a login; the trade
 * module is read as the system, since its own pages and API are for signed-in readers.
 */
@Service
// one read-only transaction (one connection) per request, not one per figure read
@Transactional(readOnly = true)
public class OpenExportData {

	private final ExportStatistics statistics;

	OpenExportData(ExportStatistics statistics) {
		this.statistics = statistics;
	}

	/** A published export table: the basket and period it counts, what and from where, as of when. */
	public record Table<R>(String dataset, String basket, String from, String to, String definition, String source,
			Instant asOf, List<R> rows) {
	}

	public record MonthRow(String month, BigDecimal valueUsd, BigDecimal netWeightKg, BigDecimal previousYearValueUsd,
			BigDecimal changePercent) {
	}

	public record KeyRow(String code, String name, BigDecimal valueUsd, BigDecimal netWeightKg,
			BigDecimal previousYearValueUsd, BigDecimal changePercent) {
	}

	public Table<MonthRow> byMonth(Period period, String basket) {
		Period chosen = chosen(period);
		ExportSummary summary = statistics.summary(Actor.SYSTEM, chosen, basket, Locale.ENGLISH);
		List<MonthRow> rows = statistics.byMonth(Actor.SYSTEM, chosen, basket).rows().stream()
			.map((MonthLine m) -> new MonthRow(m.month(), m.valueUsd(), m.netWeightKg(), m.previousYearValueUsd(),
					m.changePercent()))
			.toList();
		return table("exports-by-month", summary, rows);
	}

	public Table<KeyRow> byDestination(Period period, String basket) {
		Period chosen = chosen(period);
		ExportSummary summary = statistics.summary(Actor.SYSTEM, chosen, basket, Locale.ENGLISH);
		return table("exports-by-destination", summary,
				keyRows(statistics.byDestination(Actor.SYSTEM, chosen, basket, ExportStatistics.MAX_TOP, Locale.ENGLISH)
					.rows()));
	}

	public Table<KeyRow> byHsCode(Period period, String basket) {
		Period chosen = chosen(period);
		ExportSummary summary = statistics.summary(Actor.SYSTEM, chosen, basket, Locale.ENGLISH);
		return table("exports-by-hs-code", summary, keyRows(statistics.byHsCode(Actor.SYSTEM, chosen, basket).rows()));
	}

	private Period chosen(Period period) {
		return period == null ? statistics.defaultPeriod() : period;
	}

	private static List<KeyRow> keyRows(List<KeyLine> lines) {
		return lines.stream()
			.map(l -> new KeyRow(l.key(), l.name(), l.valueUsd(), l.netWeightKg(), l.previousYearValueUsd(),
					l.changePercent()))
			.toList();
	}

	private static <R> Table<R> table(String dataset, ExportSummary summary, List<R> rows) {
		return new Table<>(dataset, summary.basket(), summary.from(), summary.to(), summary.definition(),
				summary.source(), summary.asOf(), rows);
	}
}
