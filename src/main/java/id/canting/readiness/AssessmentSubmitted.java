package id.canting.readiness;

import java.math.BigDecimal;

/** The owner submitted every answer for the officer's verification; selfIndex is the index of the owner's answers. */
public record AssessmentSubmitted(long assessmentId, long ikmId, int year, String provinceCode, BigDecimal selfIndex,
		String by) {
}
