package id.canting.statistics;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The headline figures of the batik industry as Canting publishes them, with breakdowns. Counts
 * active IKM and sentra only; {@code asOf} is when the figures were counted, {@code lastChangedAt}
 * the latest change to the records behind them. {@code workers} and the breakdowns are the
 * registry's; {@code workersSource} gives the workforce as the semester reports state it beside them.
 */
public record IndustrySummary(long workers, long ikm, long sentra, long provinces, Instant asOf,
		Instant lastChangedAt, String definition, WorkersSource workersSource, List<ProvinceFigure> byProvince,
		List<Share> byTechnique, List<Share> byCategory, List<Share> byDye, List<Share> byKind) {

	/**
	 * The workforce by the semester reports: {@code workers} counts each active IKM's latest accepted
	 * report ({@code fromReports} IKM with {@code workersFromReports} workers, reports of
	 * {@code earliestSemester} to {@code latestSemester}), else its registry value ({@code fromRegistry}
	 * IKM with {@code workersFromRegistry} workers).
	 */
	public record WorkersSource(long workers, long fromReports, long workersFromReports, long fromRegistry,
			long workersFromRegistry, String earliestSemester, String latestSemester) {
	}

	/** One province's IKM, workers and sentra. */
	public record ProvinceFigure(String code, String name, long ikm, long workers, long sentra) {
	}

	/**
	 * IKM and workers under one value of a breakdown (a technique, a category, a kind), with the share
	 * of the IKM in the selection that fall under it: {@code ikm} of {@code ikmInSelection} as
	 * {@code percentOfIkm}. Techniques, categories and dyes are multi-valued (an IKM using tulis and cap
	 * counts under both), so their shares add up to more than 100; the denominator is always the IKM
	 * in the selection, never the sum of the rows.
	 */
	public record Share(String key, long ikm, long workers,
			@Schema(description = "Active IKM in the selection (the country or the province): the denominator of percentOfIkm")
			long ikmInSelection,
			@Schema(description = "ikm as a percentage of ikmInSelection, one decimal; 0 when the selection has no IKM")
			double percentOfIkm) {

		/** The share of {@code ikmInSelection} IKM that {@code ikm} is, rounded half up to one decimal. */
		public static Share of(String key, long ikm, long workers, long ikmInSelection) {
			return new Share(key, ikm, workers, ikmInSelection, percent(ikm, ikmInSelection));
		}

		static double percent(long part, long whole) {
			return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
		}
	}
}
