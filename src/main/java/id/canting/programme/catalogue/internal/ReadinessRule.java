package id.canting.programme.catalogue.internal;

import java.math.BigDecimal;
import java.util.Map;

import id.canting.readiness.Pillar;
import id.canting.readiness.ReadinessResult;

/**
 * An eligibility rule on the applicant IKM's latest verified Industry 4.0 readiness: its overall
 * index or one pillar's score is {@link Comparison#BELOW below} a value (a programme for the least
 * ready) or {@link Comparison#AT_LEAST at least} a value (a programme for those ready to use it).
 *
 * @param threshold 0.00–4.00, two decimals
 */
public record ReadinessRule(Subject subject, Comparison comparison, BigDecimal threshold) {

	/** What the rule looks at: the overall index, or one pillar's score. */
	public enum Subject {
		OVERALL, MANAGEMENT_AND_ORGANISATION, PEOPLE_AND_CULTURE, PRODUCTS_AND_SERVICES, TECHNOLOGY, FACTORY_OPERATIONS;

		/** The pillar, or null for the overall index. */
		public Pillar pillar() {
			return this == OVERALL ? null : Pillar.valueOf(name());
		}
	}

	public enum Comparison {
		BELOW, AT_LEAST
	}

	/** The figure of the result the rule looks at (null when the result has no score for the pillar). */
	public BigDecimal figureOf(ReadinessResult result) {
		Pillar pillar = subject.pillar();
		if (pillar == null) {
			return result.overallIndex();
		}
		Map<Pillar, BigDecimal> scores = result.pillarScores();
		return scores.get(pillar);
	}

	/** Whether the figure meets the rule. */
	public boolean isMetBy(BigDecimal figure) {
		if (figure == null) {
			return false;
		}
		int order = figure.compareTo(threshold);
		return comparison == Comparison.BELOW ? order < 0 : order >= 0;
	}

	/** The rule in a line, for the audit trail: {@code TECHNOLOGY AT_LEAST 1.00}. */
	public String describe() {
		return subject + " " + comparison + " " + threshold.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
	}
}
