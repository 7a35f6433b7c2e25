package id.canting.statistics;

import java.time.Instant;
import java.util.List;

import id.canting.statistics.ExportBreakdown.KeyLine;
import id.canting.statistics.ExportBreakdown.MonthLine;

/**
 * One page of published figures for a period and a scope (the nation, or one province): the two
 * headline sentences officials quote, generated from the data, and the tables behind them.
 * Exports are national whatever the scope: trade records carry no province.
 *
 * @param scopeName      'Indonesia' or the province's name
 * @param periodLabel    the period in words, e.g. 'Januari–Juli 2024'
 * @param industry       the registry's figures for the scope, as of {@code asOf}
 * @param provinces      the provinces of the scope (one row for a province)
 */
public record FactSheet(Period period, String periodLabel, String scopeCode, String scopeName,
		String industryHeadline, String exportHeadline, Industry industry, ExportSummary exports,
		List<IndustrySummary.ProvinceFigure> provinces, List<MonthLine> months, List<KeyLine> destinations,
		Instant asOf) {

	/** The registry's figures for the scope: workers, IKM, sentra and provinces, with their definition. */
	public record Industry(long workers, long ikm, long sentra, long provinces, String definition) {
	}
}
