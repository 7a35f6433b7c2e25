package id.canting.registry.web.export;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Writes a sheet row by row to an output stream without holding the rows: CSV or XLSX. Every data
 * cell goes through {@link id.canting.shared.SpreadsheetCells#neutralise}, so no exported value can
 * run as a formula. Closing releases what the writer holds, finished or not.
 */
sealed interface SheetWriter extends Closeable permits CsvSheetWriter, XlsxSheetWriter {

	/** One data row, a value per header in order; an empty text is an empty cell. */
	void row(List<String> values) throws IOException;

	/** Completes the file on the output stream. */
	void finish() throws IOException;
}
