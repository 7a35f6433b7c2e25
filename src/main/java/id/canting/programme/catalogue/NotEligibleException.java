package id.canting.programme.catalogue;

import java.util.List;

import id.canting.shared.RuleRefusedException;

/** The applicant fails one or more eligibility rules (HTTP 422); every failed rule is listed. */
public class NotEligibleException extends RuleRefusedException {

	private final List<EligibilityReason> reasons;

	public NotEligibleException(List<EligibilityReason> reasons) {
		super("programme.application.not-eligible", reasons.size());
		this.reasons = List.copyOf(reasons);
	}

	/** Each rule the applicant fails, for the reader's language to say. */
	public List<EligibilityReason> reasons() {
		return reasons;
	}
}
