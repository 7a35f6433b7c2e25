package id.canting.programme.catalogue.internal;

import id.canting.shared.RuleRefusedException;

/** Approving this amount would pass the programme's budget (HTTP 422), with what is left. */
public class BudgetExceededException extends RuleRefusedException {

	public BudgetExceededException(long amountIdr, long remainingIdr) {
		super("programme.application.budget-exceeded", amountIdr, remainingIdr);
	}
}
