package id.canting.programme.application;

/**
 * Where an application stands: prepared (DRAFT), sent (SUBMITTED), checked by the provincial office
 * (VERIFIED), decided by the ministry (APPROVED or REJECTED), delivered or paid (REALISED) and
 * finished (CLOSED); or WITHDRAWN by the applicant before a decision.
 */
public enum ApplicationStatus {
	DRAFT, SUBMITTED, VERIFIED, APPROVED, REJECTED, REALISED, CLOSED, WITHDRAWN;

	/** Whether the applicant is a beneficiary: the programme committed its quota and budget to it. */
	public boolean isBenefit() {
		return this == APPROVED || this == REALISED || this == CLOSED;
	}

	/** Whether the applicant may still withdraw (there is no decision yet). */
	public boolean isWithdrawable() {
		return this == DRAFT || this == SUBMITTED || this == VERIFIED;
	}
}
