package id.canting.programme.application;

/**
 * Where an application stands: prepared (DRAFT), sent (SUBMITTED), checked by the provincial office
 * (VERIFIED), decided by the ministry (APPROVED or REJECTED), delivered or paid (REALISED) and
 * finished (CLOSED); or WITHDRAWN by the applicant before a decision. RETURNED: sent back to the
 * applicant for correction with a reason, to be edited and submitted again.
 */
public enum ApplicationStatus {
	DRAFT, SUBMITTED, VERIFIED, APPROVED, REJECTED, REALISED, CLOSED, WITHDRAWN, RETURNED;

	/** Whether the applicant is a beneficiary: the programme committed its quota and budget to it. */
	public boolean isBenefit() {
		return this == APPROVED || this == REALISED || this == CLOSED;
	}

	/** Whether the applicant may still withdraw (there is no decision yet). */
	public boolean isWithdrawable() {
		return this == DRAFT || this == SUBMITTED || this == VERIFIED || this == RETURNED;
	}

	/** Whether the applicant may change and (re)submit it: a draft, or one returned for correction. */
	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}

	/** Whether it may be returned to the applicant: sent and not yet decided. */
	public boolean isReturnable() {
		return this == SUBMITTED || this == VERIFIED;
	}
}
