package id.canting.programme.catalogue.internal;

import id.canting.shared.RuleRefusedException;

/** Approving would pass the programme's quota of beneficiaries (HTTP 422). */
public class QuotaExceededException extends RuleRefusedException {

	public QuotaExceededException(int quota) {
		super("programme.application.quota-exceeded", quota);
	}
}
