package id.canting.shared.web;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell operations every XLSX document of Canting (fact sheets, impact reports) writes with:
 * a frozen bold header row, column widths in characters, text cells and number cells (numbers stay
 * numbers, so officials can sum them). Text that users typed is neutralised by the caller
 * ({@link id.canting.shared.SpreadsheetCells}).
 */
public final class WorkbookCells {

	private WorkbookCells() {
	}

	/** Row 0 holds the titles in the given style and stays in view when scrolling. */
	public static void header(Sheet sheet, CellStyle style, String... titles) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < titles.length; i++) {
			cell(row, i, titles[i], style);
		}
		sheet.createFreezePane(0, 1);
	}

	/** The widths of the first columns, in characters. */
	public static void widths(Sheet sheet, int... characters) {
		for (int i = 0; i < characters.length; i++) {
			sheet.setColumnWidth(i, characters[i] * 256);
		}
	}

	/** A text cell; the style may be null. */
	public static void cell(Row row, int column, String value, CellStyle style) {
		var cell = row.createCell(column);
		cell.setCellValue(value);
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	/** A number cell, or no cell at all for a figure with no meaning (null). */
	public static void number(Row row, int column, Number value, CellStyle style) {
		if (value == null) {
			return;
		}
		var cell = row.createCell(column);
		cell.setCellValue(value.doubleValue());
		cell.setCellStyle(style);
	}

	/** The few cell styles a document needs, created once per workbook (a workbook holds at most 64,000). */
	public static final class Styles {

		/** A 14 pt bold title. */
		public final CellStyle title;
		/** Bold, for headers and totals. */
		public final CellStyle bold;
		/** A whole number without separators, for ids. */
		public final CellStyle plain;
		/** A whole number with thousands separators. */
		public final CellStyle whole;
		/** A number with two decimals and thousands separators (money, averages). */
		public final CellStyle decimal;

		public Styles(Workbook workbook) {
			Font big = workbook.createFont();
			big.setBold(true);
			big.setFontHeightInPoints((short) 14);
			title = workbook.createCellStyle();
			title.setFont(big);
			Font strong = workbook.createFont();
			strong.setBold(true);
			bold = workbook.createCellStyle();
			bold.setFont(strong);
			plain = workbook.createCellStyle();
			plain.setDataFormat(workbook.createDataFormat().getFormat("0"));
			whole = workbook.createCellStyle();
			whole.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			decimal = workbook.createCellStyle();
			decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
		}
	}
}
