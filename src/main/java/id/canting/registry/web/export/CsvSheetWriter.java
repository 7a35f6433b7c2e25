package id.canting.registry.web.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import id.canting.shared.SpreadsheetCells;

/**
 * CSV as RFC 4180 (comma, double quotes where needed, CRLF), in UTF-8 with a byte order mark:
 * without it Excel reads the file in the machine's code page and garbles names with non-ASCII letters.
 */
final class CsvSheetWriter implements SheetWriter {

	static final char BYTE_ORDER_MARK = '\uFEFF';

	private final CSVPrinter printer;

	CsvSheetWriter(SheetLayout layout, OutputStream out) throws IOException {
		BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		writer.write(BYTE_ORDER_MARK);
		printer = new CSVPrinter(writer, CSVFormat.RFC4180);
		printer.printRecord(layout.headers());
	}

	@Override
	public void row(List<String> values) throws IOException {
		printer.printRecord(values.stream().map(SpreadsheetCells::neutralise));
	}

	@Override
	public void finish() throws IOException {
		printer.flush();
	}

	@Override
	public void close() {
		// nothing of its own to release; the response's stream belongs to the servlet container
	}
}
