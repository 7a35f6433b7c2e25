package id.canting.imports.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What a format's reader reports while it streams a workbook: each visible sheet (hidden ones are
 * never reported) and, for the sheets the visitor wants, their non-blank rows in order.
 */
interface SheetVisitor {

	/** Whether any further sheet is of interest; false stops reading the file. */
	boolean wantsMoreSheets();

	/** A visible sheet begins (index in the workbook's tab order); answers whether its rows are wanted. */
	boolean sheet(int index, String name);

	/**
	 * A non-blank row of a wanted sheet, numbered as the spreadsheet shows it; answers false when no
	 * more rows of this sheet are needed.
	 */
	boolean row(int rowNumber, List<Cell> cells);

	/** One format's streaming reader (XLSX, XLS, ODS). */
	interface Source {

		void visit(Path file, SheetVisitor visitor) throws IOException, UnreadableFileException;
	}

	/**
	 * Carries an exception of the visitor (a refused cell, or the caller's own handler failing)
	 * through a format library's callbacks untouched: readers must rethrow it, never map it to
	 * "not a spreadsheet".
	 */
	final class PassThrough extends RuntimeException {

		PassThrough(Exception cause) {
			super(cause.getMessage(), cause, false, false);
		}
	}
}
