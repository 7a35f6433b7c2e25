package id.canting.programme.application.internal;

import id.canting.shared.RuleRefusedException;

/** A realisation breaks a rule (more than approved, before the approval) (HTTP 422). */
public class RealisationRefusedException extends RuleRefusedException {

	public RealisationRefusedException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
