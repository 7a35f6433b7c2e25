package id.canting.imports.internal;

import java.util.List;

/**
 * An uploaded file that cannot be read as a spreadsheet. The message key and its arguments say why in
 * the official's language (not a spreadsheet, encrypted, expands too far, a cell too long, ...).
 */
public final class UnreadableFileException extends Exception {

	private final String messageKey;

	private final List<String> arguments;

	public UnreadableFileException(String messageKey, String... arguments) {
		super(messageKey + (arguments.length == 0 ? "" : " " + List.of(arguments)));
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String messageKey() {
		return messageKey;
	}

	/** The values of the message's placeholders {0}, {1}, ... in order. */
	public List<String> arguments() {
		return arguments;
	}
}
