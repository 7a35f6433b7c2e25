package id.canting.imports.internal;

import java.math.BigDecimal;

/** STUB until the values branch merges. */
public final class NumberNotation {

	public enum Notation {
		INDONESIAN, ENGLISH, UNDECIDED
	}

	public static final class Column {

		public void see(Cell cell) {
		}

		public Notation notation() {
			return Notation.UNDECIDED;
		}
	}

	public static BigDecimal read(Cell cell, Notation column) throws CellProblem {
		if (cell.isNumeric()) {
			return cell.number();
		}
		try {
			return CellValues.number(cell.text());
		}
		catch (NumberFormatException e) {
			throw new CellProblem("import.cell.number");
		}
	}

	public static Long whole(Cell cell, Notation column) throws CellProblem {
		BigDecimal n = read(cell, column);
		if (n == null) {
			return null;
		}
		try {
			return n.longValueExact();
		}
		catch (ArithmeticException e) {
			throw new CellProblem("import.cell.number");
		}
	}
}
