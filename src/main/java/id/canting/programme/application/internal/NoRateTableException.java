package id.canting.programme.application.internal;

import id.canting.shared.RuleRefusedException;

/** The programme has no reimbursement rate table, so it cannot quote (HTTP 422): it is not machine restructuring. */
public class NoRateTableException extends RuleRefusedException {

	public NoRateTableException(String code) {
		super("programme.quote.no-rates", code);
	}
}
