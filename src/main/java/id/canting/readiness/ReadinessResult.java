package id.canting.readiness;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import id.canting.registry.IkmId;

/**
 * An IKM's verified readiness for one year: the published result (the officer's levels where the
 * officer set one, the owner's otherwise).
 *
 * @param pillarScores each pillar's score, 0.00–4.00, two decimals
 * @param overallIndex the weighted mean of the pillar scores, 0.00–4.00, two decimals
 */
public record ReadinessResult(AssessmentId assessmentId, IkmId ikmId, int year, int questionnaireVersion,
		Map<Pillar, BigDecimal> pillarScores, BigDecimal overallIndex, Instant verifiedAt) {

	public ReadinessResult {
		pillarScores = Map.copyOf(pillarScores);
	}

	public ReadinessLevel level() {
		return ReadinessLevel.ofScore(overallIndex);
	}
}
