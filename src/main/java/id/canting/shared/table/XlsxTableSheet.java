package id.canting.shared.table;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import id.canting.shared.SpreadsheetCells;

/**
 * XLSX through POI's streaming workbook: only the last {@value #WINDOW} rows stay in memory, so a
 * long audit log downloads without holding it. Numbers are number cells, days and moments date cells
 * (with a date format, so they sort and filter as dates), everything else text cells with the text
 * format {@code @}. A bold header row stays in view when scrolling.
 */
final class XlsxTableSheet implements TableSheet {

	static final int WINDOW = 100;
	static final String DATE_FORMAT = "yyyy-mm-dd";
	static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";

	private final StreamedWorkbook file;
	/** Whether this sheet is its file's only one, which it then finishes and closes itself. */
	private final boolean ownsFile;
	private final SXSSFWorkbook workbook;
	private final SXSSFSheet sheet;
	private final CellStyle text;
	private final CellStyle whole;
	private final CellStyle decimal;
	private final CellStyle date;
	private final CellStyle dateTime;
	private int rows;

	XlsxTableSheet(String sheetName, List<String> headers, List<CellKind> kinds, OutputStream out) {
		this(new StreamedWorkbook(WINDOW, out), true, sheetName, headers, kinds);
	}

	/** One more sheet in a workbook of several tables, which its caller finishes and closes. */
	XlsxTableSheet(StreamedWorkbook file, String sheetName, List<String> headers, List<CellKind> kinds) {
		this(file, false, sheetName, headers, kinds);
	}

	private XlsxTableSheet(StreamedWorkbook file, boolean ownsFile, String sheetName, List<String> headers,
			List<CellKind> kinds) {
		this.file = file;
		this.ownsFile = ownsFile;
		this.workbook = file.workbook();
		workbook.setCompressTempFiles(true);
		sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
		var formats = workbook.createDataFormat();
		text = style(formats.getFormat("@"));
		whole = style(formats.getFormat("#,##0"));
		decimal = style(formats.getFormat("#,##0.00"));
		date = style(formats.getFormat(DATE_FORMAT));
		dateTime = style(formats.getFormat(DATE_TIME_FORMAT));
		CellStyle bold = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		Row header = sheet.createRow(rows++);
		for (int i = 0; i < headers.size(); i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(headers.get(i));
			cell.setCellStyle(bold);
			sheet.setColumnWidth(i, width(kinds.get(i)) * 256);
		}
		sheet.createFreezePane(0, 1);
	}

	private CellStyle style(short format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(format);
		return style;
	}

	private static int width(CellKind kind) {
		return switch (kind) {
			case NUMBER, DATE -> 14;
			case DATE_TIME -> 18;
			default -> 28;
		};
	}

	@Override
	public void row(List<Object> values) {
		Row row = sheet.createRow(rows++);
		for (int i = 0; i < values.size(); i++) {
			Object value = values.get(i);
			if (value == null || "".equals(value)) {
				continue;
			}
			Cell cell = row.createCell(i);
			if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
				cell.setCellStyle(isWhole(number) ? whole : decimal);
			}
			else if (value instanceof LocalDate day) {
				cell.setCellValue(day);
				cell.setCellStyle(date);
			}
			else if (value instanceof LocalDateTime moment) {
				cell.setCellValue(moment);
				cell.setCellStyle(dateTime);
			}
			else {
				// a string cell is never a formula, but the quote keeps the value safe once saved as CSV
				cell.setCellValue(SpreadsheetCells.neutralise(value.toString()));
				cell.setCellStyle(text);
			}
		}
	}

	private static boolean isWhole(Number number) {
		double value = number.doubleValue();
		return value == Math.rint(value);
	}

	@Override
	public void finish() throws IOException {
		if (ownsFile) {
			file.finish();
		}
	}

	/** Deletes the temporary files, also when the file was never finished. */
	@Override
	public void close() throws IOException {
		if (ownsFile) {
			file.close();
		}
	}
}
