package id.canting.shared.web;

import java.util.List;

/**
 * A typed value that a registered formatter could not read, with the message key and arguments that
 * name the problem. {@link ReadableRefusals} turns it into the field's error in place of Spring's
 * generic {@code typeMismatch}.
 */
final class UnreadableInput extends IllegalArgumentException {

	private final String messageKey;
	private final List<Object> arguments;

	UnreadableInput(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	String messageKey() {
		return messageKey;
	}

	Object[] arguments() {
		return arguments.toArray();
	}
}
