package id.canting.shared;

/** The input is well-formed but a business rule refuses the action, with the rule's reason (HTTP 422). */
public class RuleRefusedException extends DomainException {

	public RuleRefusedException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
