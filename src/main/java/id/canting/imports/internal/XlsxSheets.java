package id.canting.imports.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.github.pjfanning.xlsx.StreamingReader;

/**
 * Streams XLSX with pjfanning's excel-streaming-reader (a maintained StAX reader over POI) rather than
 * POI's own SAX handler, for two reasons: POI's {@code ReadOnlySharedStringsTable} holds every shared
 * string in the heap (the 1.8 GB of strings of issue 13 §5), while this reader keeps them in a temp
 * file (poi-shared-strings, an MVStore) with only a small cache in memory; and it hands cells over
 * with their type, cached formula result and style, so numbers are read from values, not display
 * text. Only a few rows are buffered at a time. The zip itself was bounded by {@link FormatSniffer}.
 */
final class XlsxSheets implements SheetVisitor.Source {

	private final SpreadsheetLimits limits;

	XlsxSheets(SpreadsheetLimits limits) {
		this.limits = limits;
	}

	private static final Logger log = LoggerFactory.getLogger(XlsxSheets.class);

	@Override
	public void visit(Path file, SheetVisitor visitor) throws IOException, UnreadableFileException {
		try (Workbook workbook = StreamingReader.builder()
			.rowCacheSize(100)
			.bufferSize(8192)
			.setUseSstTempFile(true)
			.setReadComments(false)
			.setReadHyperlinks(false)
			.setReadShapes(false)
			.setReadStyles(true)
			.open(file.toFile())) {
			boolean date1904 = workbook instanceof Date1904Support dates && dates.isDate1904();
			DataFormatter formatter = new DataFormatter(Locale.US);
			for (int index = 0; index < workbook.getNumberOfSheets() && visitor.wantsMoreSheets(); index++) {
				if (workbook.isSheetHidden(index) || workbook.isSheetVeryHidden(index)
						|| !visitor.sheet(index, workbook.getSheetName(index))) {
					continue;
				}
				for (Row row : workbook.getSheetAt(index)) {
					RowCells cells = new RowCells();
					for (org.apache.poi.ss.usermodel.Cell cell : row) {
						cells.set(cell.getColumnIndex(), cellOf(cell, date1904, formatter));
					}
					if (!cells.isBlank() && !visitor.row(row.getRowNum() + 1, cells.list())) {
						break;
					}
				}
			}
		}
		catch (SheetVisitor.PassThrough e) {
			throw e;
		}
		catch (EncryptedDocumentException e) {
			throw new UnreadableFileException("import.file.encrypted");
		}
		catch (Exception e) {
			throw FormatSniffer.refusalOf(e, limits, log);
		}
	}

	private static Cell cellOf(org.apache.poi.ss.usermodel.Cell cell, boolean date1904, DataFormatter formatter) {
		CellType type = cell.getCellType();
		if (type == CellType.FORMULA) {
			type = cell.getCachedFormulaResultType();
		}
		switch (type) {
			case NUMERIC: {
				CellStyle style = cell.getCellStyle();
				int formatIndex = style == null ? 0 : style.getDataFormat();
				String formatString = style == null ? "General" : style.getDataFormatString();
				return SpreadsheetNumbers.numeric(cell.getNumericCellValue(), formatIndex, formatString, date1904,
						formatter);
			}
			case STRING:
				return Cell.text(cell.getStringCellValue());
			case BOOLEAN:
				return Cell.text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
			case ERROR:
				return Cell.text(errorText(cell));
			default:
				return Cell.BLANK;
		}
	}

	private static String errorText(org.apache.poi.ss.usermodel.Cell cell) {
		try {
			return FormulaError.forInt(cell.getErrorCellValue()).getString();
		}
		catch (RuntimeException e) {
			return "#VALUE!";
		}
	}
}
