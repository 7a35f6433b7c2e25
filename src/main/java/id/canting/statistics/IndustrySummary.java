package id.canting.statistics;

import java.time.Instant;
import java.util.List;

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

	/** IKM and workers under one value of a breakdown (a technique, a category, a kind). */
	public record Share(String key, long ikm, long workers) {
	}
}
