package id.canting.shared.table;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Writes a table row by row without holding the rows. Values arrive typed: {@code String} (already
 * a label where the column is one), {@code Number}, {@code LocalDate}, {@code LocalDateTime} (in
 * WIB) or null for an empty cell. Text goes through {@link id.canting.shared.SpreadsheetCells#neutralise}.
 */
sealed interface TableSheet extends Closeable permits CsvTableSheet, XlsxTableSheet {

	void row(List<Object> values) throws IOException;

	/** Completes the file on the output stream. */
	void finish() throws IOException;
}
