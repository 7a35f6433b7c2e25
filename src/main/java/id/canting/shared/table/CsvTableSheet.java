package id.canting.shared.table;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import id.canting.shared.SpreadsheetCells;

/**
 * CSV as RFC 4180 (comma, double quotes where needed, CRLF), in UTF-8 with a byte order mark:
 * without it Excel reads the file in the machine's code page and garbles non-ASCII names. Numbers are
 * written plainly ({@code 1500000}, {@code 2.5}), days as {@code 2026-12-06} and moments as
 * {@code 2026-12-06 14:05}, forms every spreadsheet program reads as numbers and dates.
 */
final class CsvTableSheet implements TableSheet {

	/** Tells Excel the file is UTF-8. */
	static final char BYTE_ORDER_MARK = '\uFEFF';

	static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final CSVPrinter printer;

	CsvTableSheet(List<String> headers, OutputStream out) throws IOException {
		BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		writer.write(BYTE_ORDER_MARK);
		printer = new CSVPrinter(writer, CSVFormat.RFC4180);
		printer.printRecord(headers.stream().map(SpreadsheetCells::neutralise));
	}

	@Override
	public void row(List<Object> values) throws IOException {
		printer.printRecord(values.stream().map(CsvTableSheet::text));
	}

	static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Double || value instanceof Float) {
			return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
		}
		if (value instanceof Number number) {
			return number.toString();
		}
		if (value instanceof LocalDate day) {
			return day.toString();
		}
		if (value instanceof LocalDateTime moment) {
			return MOMENT.format(moment);
		}
		return SpreadsheetCells.neutralise(value.toString());
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
