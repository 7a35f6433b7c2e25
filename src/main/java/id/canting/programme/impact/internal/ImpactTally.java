package id.canting.programme.impact.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Adds up beneficiaries' measurements into {@link ImpactFigures}: counts every beneficiary, and sums
 * before and after over those measured both times only, so that a change is never an artefact of who
 * happened to be measured. Averages have two decimals and percentages one, rounded half up.
 */
final class ImpactTally {

	static final int AVERAGE_SCALE = 2;
	static final int PERCENT_SCALE = 1;
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private int beneficiaries;
	private int measured;
	private long workersBefore;
	private long workersAfter;
	private long capacityBefore;
	private long capacityAfter;
	private long salesBefore;
	private long salesAfter;
	private long naturalDyeBefore;
	private long naturalDyeAfter;
	private long batikmarkBefore;
	private long batikmarkAfter;
	private BigDecimal indiBefore = BigDecimal.ZERO;
	private BigDecimal indiAfter = BigDecimal.ZERO;

	/** One beneficiary, with its baseline and follow-up where they were recorded (else null). */
	void add(IndicatorMeasurement baseline, IndicatorMeasurement followUp) {
		beneficiaries++;
		if (baseline == null || followUp == null) {
			return;
		}
		measured++;
		workersBefore += baseline.workers();
		workersAfter += followUp.workers();
		capacityBefore = Math.addExact(capacityBefore, baseline.capacityPiecesPerMonth());
		capacityAfter = Math.addExact(capacityAfter, followUp.capacityPiecesPerMonth());
		salesBefore = Math.addExact(salesBefore, baseline.annualSalesIdr());
		salesAfter = Math.addExact(salesAfter, followUp.annualSalesIdr());
		naturalDyeBefore += baseline.naturalDyePercent();
		naturalDyeAfter += followUp.naturalDyePercent();
		batikmarkBefore += baseline.batikmark() ? 1 : 0;
		batikmarkAfter += followUp.batikmark() ? 1 : 0;
		indiBefore = indiBefore.add(baseline.indiScore());
		indiAfter = indiAfter.add(followUp.indiScore());
	}

	ImpactFigures figures() {
		return new ImpactFigures(beneficiaries, measured, beneficiaries - measured, List.of(
				totals("workers", workersBefore, workersAfter),
				totals("capacityPiecesPerMonth", capacityBefore, capacityAfter),
				totals("annualSalesIdr", salesBefore, salesAfter),
				averages("naturalDyePercent", BigDecimal.valueOf(naturalDyeBefore), BigDecimal.valueOf(naturalDyeAfter)),
				counts("batikmark", batikmarkBefore, batikmarkAfter),
				averages("indiScore", indiBefore, indiAfter)));
	}

	/** Totals, averages and the change of the total in percent. */
	private ImpactMeasure totals(String key, long before, long after) {
		BigDecimal averageBefore = average(BigDecimal.valueOf(before));
		BigDecimal averageAfter = average(BigDecimal.valueOf(after));
		BigDecimal percent = before == 0 ? null
				: BigDecimal.valueOf(after - before).multiply(HUNDRED).divide(BigDecimal.valueOf(before), PERCENT_SCALE,
						RoundingMode.HALF_UP);
		return new ImpactMeasure(key, before, after, after - before, averageBefore, averageAfter,
				difference(averageBefore, averageAfter), percent);
	}

	/** Averages only (shares and scores: a total means nothing); the change is in points. */
	private ImpactMeasure averages(String key, BigDecimal sumBefore, BigDecimal sumAfter) {
		BigDecimal before = average(sumBefore);
		BigDecimal after = average(sumAfter);
		return new ImpactMeasure(key, null, null, null, before, after, difference(before, after), null);
	}

	/** A count of holders: no average. */
	private static ImpactMeasure counts(String key, long before, long after) {
		return new ImpactMeasure(key, before, after, after - before, null, null, null, null);
	}

	private BigDecimal average(BigDecimal sum) {
		return measured == 0 ? null : sum.divide(BigDecimal.valueOf(measured), AVERAGE_SCALE, RoundingMode.HALF_UP);
	}

	private static BigDecimal difference(BigDecimal before, BigDecimal after) {
		return before == null || after == null ? null : after.subtract(before);
	}
}
