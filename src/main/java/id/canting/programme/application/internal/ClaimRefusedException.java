package id.canting.programme.application.internal;

import java.util.List;

import id.canting.programme.catalogue.QuoteReason;
import id.canting.shared.RuleRefusedException;

/**
 * A machine-restructuring rule refuses the claim or the approval (HTTP 422): nothing to pay (below
 * the minimum, no rate), no claim, no visit, or a visit that did not confirm the machines.
 */
public class ClaimRefusedException extends RuleRefusedException {

	private final List<QuoteReason> reasons;

	public ClaimRefusedException(String messageKey, Object... arguments) {
		this(List.of(), messageKey, arguments);
	}

	public ClaimRefusedException(List<QuoteReason> reasons, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.reasons = List.copyOf(reasons);
	}

	/** The rate table's reasons when the claim pays nothing. */
	public List<QuoteReason> reasons() {
		return reasons;
	}
}
