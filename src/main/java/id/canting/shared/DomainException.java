package id.canting.shared;

import java.util.Map;

/**
 * A refusal with a reason a user can read: the message key names the rule in the message
 * bundles, the arguments fill it in. Subclasses say which kind of refusal it is (not found,
 * conflict, invalid input), and that decides the HTTP status.
 */
public abstract class DomainException extends RuntimeException {

	private final String messageKey;
	private final transient Object[] arguments;

	protected DomainException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	/** Facts a machine client may need beside the message, e.g. the id of the record it clashed with. */
	public Map<String, Object> properties() {
		return Map.of();
	}
}
