package id.canting.programme.impact.internal;

import id.canting.shared.RuleRefusedException;

/**
 * Indicators cannot be recorded here (HTTP 422): the application is no beneficiary, or a follow-up
 * comes before any baseline.
 */
public class IndicatorRefusedException extends RuleRefusedException {

	public IndicatorRefusedException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
