package id.canting.imports.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One cell as the spreadsheet holds it, so that rules can read a value from the cell's type and not
 * only from how it is shown: {@code text} is what the cell shows (for a number, its plain digits; for
 * a date, the date as the sheet formats it), {@code number} is its numeric value when the cell is a
 * number or a date (a date's serial number, e.g. {@code 2015} for a year typed into a date-formatted
 * cell), and {@code date} is the date when the cell is formatted as one. CSV cells are always text.
 */
public record Cell(String text, BigDecimal number, LocalDateTime date) {

	public static final Cell BLANK = new Cell("", null, null);

	public Cell {
		text = text == null ? "" : text;
	}

	public static Cell text(String text) {
		return text == null || text.isEmpty() ? BLANK : new Cell(text, null, null);
	}

	public static Cell number(BigDecimal value) {
		BigDecimal plain = value.stripTrailingZeros();
		if (plain.scale() < 0) {
			plain = plain.setScale(0);
		}
		return new Cell(plain.toPlainString(), plain, null);
	}

	/** A cell formatted as a date: its date, its serial number, and the text the sheet shows. */
	public static Cell date(LocalDateTime date, BigDecimal serial, String shown) {
		return new Cell(shown, serial, date);
	}

	/** Whether the cell holds a number (or a date, which spreadsheets store as a number). */
	public boolean isNumeric() {
		return number != null;
	}

	public boolean isDate() {
		return date != null;
	}

	/** Empty, or only whitespace of any kind (including non-breaking spaces). */
	public boolean isBlank() {
		if (number != null) {
			return false;
		}
		// a loop, not chars().allMatch: asked for every cell of every row, twice
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
				return false;
			}
		}
		return true;
	}
}
