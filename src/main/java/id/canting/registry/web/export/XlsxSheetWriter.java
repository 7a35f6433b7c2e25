package id.canting.registry.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import id.canting.shared.SpreadsheetCells;
import id.canting.shared.table.StreamedWorkbook;

/**
 * XLSX through POI's streaming workbook: only the last {@value #WINDOW} rows stay in memory, the
 * rest go to a temporary file until {@link #finish} zips the workbook onto the stream. Numbers are
 * number cells; everything else is a text cell whose style has the text format {@code @}, and so has
 * its whole column: re-saved through Excel or LibreOffice, or typed into later, a NIB, a phone number
 * or a code keeps its leading zeros and never becomes a number.
 */
final class XlsxSheetWriter implements SheetWriter {

	static final int WINDOW = 100;
	static final int COLUMN_WIDTH_CHARACTERS = 20;
	/** Wide enough for {@code 33.26 Kabupaten Pekalongan} and most regency names. */
	static final int REGENCY_WIDTH_CHARACTERS = 34;
	/** The text data format: the cell holds text whatever it looks like. */
	static final String TEXT_FORMAT = "@";
	/** Whole numbers a double holds exactly; anything else stays text. */
	private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,15}");

	private final StreamedWorkbook file;
	private final SXSSFWorkbook workbook;
	private final SXSSFSheet sheet;
	private final SheetLayout layout;
	private final CellStyle number;
	private final CellStyle text;
	private int rows;

	XlsxSheetWriter(SheetLayout layout, OutputStream out) {
		this.layout = layout;
		this.file = new StreamedWorkbook(WINDOW, out);
		this.workbook = file.workbook();
		workbook.setCompressTempFiles(true);
		sheet = workbook.createSheet(layout.name());
		// format "0": plain digits, never 1.5E+11, so a re-import reads the exact number back
		number = workbook.createCellStyle();
		number.setDataFormat(workbook.createDataFormat().getFormat("0"));
		text = workbook.createCellStyle();
		text.setDataFormat(workbook.createDataFormat().getFormat(TEXT_FORMAT));
		CellStyle bold = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		Row header = sheet.createRow(rows++);
		for (int i = 0; i < layout.headers().size(); i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(layout.headers().get(i));
			cell.setCellStyle(bold);
			sheet.setColumnWidth(i,
					(layout.regencyColumns().contains(i) ? REGENCY_WIDTH_CHARACTERS : COLUMN_WIDTH_CHARACTERS) * 256);
			sheet.setDefaultColumnStyle(i, layout.numericColumns().contains(i) ? number : text);
		}
		sheet.createFreezePane(0, 1);
	}

	@Override
	public void row(List<String> values) {
		Row row = sheet.createRow(rows++);
		for (int i = 0; i < values.size(); i++) {
			String value = values.get(i);
			if (value == null || value.isEmpty()) {
				continue;
			}
			Cell cell = row.createCell(i);
			if (layout.numericColumns().contains(i) && WHOLE_NUMBER.matcher(value).matches()) {
				cell.setCellValue(Long.parseLong(value));
				cell.setCellStyle(number);
			}
			else {
				// a string cell is never a formula, but the quote keeps the value safe once saved as CSV
				cell.setCellValue(SpreadsheetCells.neutralise(value));
				cell.setCellStyle(text);
			}
		}
	}

	@Override
	public void finish() throws IOException {
		file.finish();
	}

	/** Deletes the temporary files, also when the file was never finished. */
	@Override
	public void close() throws IOException {
		file.close();
	}
}
