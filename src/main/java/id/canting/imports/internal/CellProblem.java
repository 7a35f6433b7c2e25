package id.canting.imports.internal;

import java.util.List;

/**
 * A cell's value could not be read with certainty: the message key names the rule ({@code
 * import.cell.number.ambiguous}), the arguments fill its message (the value as typed first). The
 * import shows it in the cell's column instead of guessing, so nothing is stored silently wrong.
 * <p>
 * It carries no stack trace: a file of a million rows may raise many of them, and the place they
 * come from is always the same reader.
 */
public final class CellProblem extends Exception {

	private final String messageKey;
	private final List<String> arguments;

	public CellProblem(String messageKey, String... arguments) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	/** The message key of the rule the value broke, e.g. {@code import.cell.year}. */
	public String messageKey() {
		return messageKey;
	}

	/** The values filling the message, as text. */
	public List<String> arguments() {
		return arguments;
	}
}
