package id.canting.certification.batikmark.internal;

import java.math.BigDecimal;

/** A sample's lab results, each value with whether it met its limit under the standard named. */
public record LabResults(String standard, BigDecimal shrinkagePercent, boolean shrinkagePassed,
		BigDecimal washingGrade, boolean washingPassed, BigDecimal rubbingGrade, boolean rubbingPassed) {

	/** Whether every test passed, so a certificate may be issued. */
	public boolean allPassed() {
		return shrinkagePassed && washingPassed && rubbingPassed;
	}
}
