package id.canting.shared.table;

/**
 * What a column holds, which decides how a spreadsheet shows it: text stays text (a NIB keeps its
 * leading zeros), numbers and dates are cells officials can sum, sort and filter as such.
 */
public enum CellKind {
	/** Free text, guarded against formula injection. */
	TEXT,
	/** A code shown as its label in the file's language (message prefix + code). */
	LABEL,
	/** A whole or decimal number. */
	NUMBER,
	/** A calendar day ({@link java.time.LocalDate}). */
	DATE,
	/** A moment ({@link java.time.Instant}), shown as day and time in Western Indonesian Time. */
	DATE_TIME
}
