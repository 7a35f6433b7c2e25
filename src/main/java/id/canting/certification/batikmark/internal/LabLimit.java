package id.canting.certification.batikmark.internal;

import java.math.BigDecimal;

import id.canting.registry.Technique;

/**
 * The limits a sample of one technique must meet under its standard: the largest shrinkage after
 * washing (percent) and the lowest grey-scale grades (1 to 5) of colour fastness to washing and to
 * rubbing. The rows of table certification_lab_limit configure them.
 */
public record LabLimit(Technique technique, String standard, BigDecimal maxShrinkagePercent,
		BigDecimal minWashingGrade, BigDecimal minRubbingGrade) {

	/** The measured values judged against these limits. */
	public LabResults judge(BigDecimal shrinkagePercent, BigDecimal washingGrade, BigDecimal rubbingGrade) {
		return new LabResults(standard, shrinkagePercent, shrinkagePercent.compareTo(maxShrinkagePercent) <= 0,
				washingGrade, washingGrade.compareTo(minWashingGrade) >= 0, rubbingGrade,
				rubbingGrade.compareTo(minRubbingGrade) >= 0);
	}
}
