package id.canting.imports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import id.canting.shared.SpreadsheetCells;

/**
 * Writes a header and rows as CSV (UTF-8 with BOM, so Excel reads it right) or XLSX (streamed,
 * a window of 100 rows in memory), for import templates and rejected-rows files; cell values are
 * protected against formula injection like the registry's exports.
 */
public final class SheetWriter {

	private SheetWriter() {
	}

	/** Rows are produced by {@code rows}, which gets a sink to hand each row to. */
	public static void write(String format, OutputStream out, List<String> header, Consumer<Consumer<List<String>>> rows)
			throws IOException {
		if ("xlsx".equals(format)) {
			xlsx(out, header, rows);
		}
		else {
			csv(out, header, rows);
		}
	}

	private static void csv(OutputStream out, List<String> header, Consumer<Consumer<List<String>>> rows)
			throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
		printer.printRecord(header);
		rows.accept(row -> {
			try {
				printer.printRecord(row.stream().map(SpreadsheetCells::neutralise).toList());
			}
			catch (IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		});
		printer.flush();
	}

	private static void xlsx(OutputStream out, List<String> header, Consumer<Consumer<List<String>>> rows)
			throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			var sheet = workbook.createSheet("Data");
			int[] next = { 0 };
			Consumer<List<String>> add = cells -> {
				var row = sheet.createRow(next[0]++);
				for (int i = 0; i < cells.size(); i++) {
					row.createCell(i).setCellValue(cells.get(i) == null ? "" : SpreadsheetCells.neutralise(cells.get(i)));
				}
			};
			var headerRow = sheet.createRow(next[0]++);
			for (int i = 0; i < header.size(); i++) {
				headerRow.createCell(i).setCellValue(header.get(i));
			}
			rows.accept(add);
			workbook.write(out);
			workbook.dispose();
		}
	}
}
