package id.canting.shared;

/**
 * Guards spreadsheet cells against formula injection (CSV injection): a cell text a spreadsheet
 * program would read as a formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab
 * or a carriage return) is written with a single quote {@code '} in front, which makes it plain
 * text. Exports call {@link #neutralise}, imports {@link #restore}, so an exported file imports back
 * unchanged.
 * <p>
 * The rule is exactly reversible: a text that already starts with one or more quotes followed by
 * such a character gets one more quote, and {@link #restore} removes exactly one, so even
 * {@code '=A1} typed on purpose survives the round trip.
 */
public final class SpreadsheetCells {

	private static final String TRIGGERS = "=+-@\t\r";

	private SpreadsheetCells() {
	}

	/** The text to write into a cell: unchanged, or with one {@code '} in front (see the class comment). */
	public static String neutralise(String text) {
		return text != null && quotesThenTrigger(text) ? "'" + text : text;
	}

	/** The text a cell held before {@link #neutralise}: one leading {@code '} removed where it added one. */
	public static String restore(String text) {
		return text != null && text.startsWith("'") && quotesThenTrigger(text) ? text.substring(1) : text;
	}

	/** Whether the first character after any leading quotes would start a formula. */
	private static boolean quotesThenTrigger(String text) {
		int i = 0;
		while (i < text.length() && text.charAt(i) == '\'') {
			i++;
		}
		return i < text.length() && TRIGGERS.indexOf(text.charAt(i)) >= 0;
	}
}
