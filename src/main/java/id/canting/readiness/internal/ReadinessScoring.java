package id.canting.readiness.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import id.canting.readiness.Pillar;

/**
 * INDI 4.0-style scoring. A pillar's score is the weighted mean of its questions' levels,
 * Σ(weight × level) / Σ weight; the overall index is the weighted mean of the pillar scores,
 * Σ(pillar weight × pillar score) / Σ pillar weight. The overall index is computed from the
 * <em>unrounded</em> pillar scores; pillar scores and the index are rounded HALF_UP to two decimals
 * only at the end, so rounding never accumulates.
 */
public final class ReadinessScoring {

	private static final MathContext PRECISION = MathContext.DECIMAL64;
	private static final int SCALE = 2;

	private ReadinessScoring() {
	}

	/** One answered question: its pillar, its weight within the pillar, the level 0–4. */
	public record WeightedLevel(Pillar pillar, BigDecimal weight, int level) {
	}

	/** Pillar scores and overall index, each rounded HALF_UP to two decimals. */
	public record Scores(Map<Pillar, BigDecimal> pillars, BigDecimal overallIndex) {
	}

	/**
	 * Scores complete answers.
	 *
	 * @throws IllegalArgumentException when a weighted pillar has no answered question
	 */
	public static Scores score(Map<Pillar, BigDecimal> pillarWeights, Collection<WeightedLevel> answers) {
		Map<Pillar, BigDecimal> weighted = new EnumMap<>(Pillar.class);
		Map<Pillar, BigDecimal> weights = new EnumMap<>(Pillar.class);
		for (WeightedLevel a : answers) {
			weighted.merge(a.pillar(), a.weight().multiply(BigDecimal.valueOf(a.level())), BigDecimal::add);
			weights.merge(a.pillar(), a.weight(), BigDecimal::add);
		}
		Map<Pillar, BigDecimal> rounded = new EnumMap<>(Pillar.class);
		BigDecimal indexSum = BigDecimal.ZERO;
		BigDecimal pillarWeightSum = BigDecimal.ZERO;
		for (Map.Entry<Pillar, BigDecimal> pw : pillarWeights.entrySet()) {
			BigDecimal weight = weights.get(pw.getKey());
			if (weight == null || weight.signum() == 0) {
				throw new IllegalArgumentException("no answer for pillar " + pw.getKey());
			}
			BigDecimal score = weighted.get(pw.getKey()).divide(weight, PRECISION);
			rounded.put(pw.getKey(), score.setScale(SCALE, RoundingMode.HALF_UP));
			indexSum = indexSum.add(pw.getValue().multiply(score));
			pillarWeightSum = pillarWeightSum.add(pw.getValue());
		}
		BigDecimal index = indexSum.divide(pillarWeightSum, PRECISION).setScale(SCALE, RoundingMode.HALF_UP);
		return new Scores(rounded, index);
	}
}
