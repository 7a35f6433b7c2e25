package id.canting.imports.internal;

import java.util.List;

/** STUB until the values branch merges. */
public final class CellProblem extends Exception {

	private final String messageKey;
	private final List<String> arguments;

	public CellProblem(String messageKey, String... arguments) {
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
