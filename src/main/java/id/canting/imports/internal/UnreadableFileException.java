package id.canting.imports.internal;

import java.util.List;

/** STUB until the reader branch merges. The file is not one we can read; the message key says why. */
public final class UnreadableFileException extends Exception {

	private final String messageKey;
	private final List<String> arguments;

	public UnreadableFileException(String messageKey, String... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String messageKey() {
		return messageKey;
	}

	public List<String> arguments() {
		return arguments;
	}
}
