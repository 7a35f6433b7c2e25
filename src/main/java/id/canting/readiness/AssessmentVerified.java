package id.canting.readiness;

import java.math.BigDecimal;

/**
 * The officer verified the assessment on site: its result (officer's levels where set) is now the
 * IKM's published readiness for the year.
 *
 * @param changedAnswers how many answers the officer set to a different level
 */
public record AssessmentVerified(long assessmentId, long ikmId, int year, String provinceCode, BigDecimal overallIndex,
		int changedAnswers, String by) {
}
