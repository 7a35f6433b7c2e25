package id.canting.imports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import id.canting.imports.ImportKind;
import id.canting.imports.internal.TemplateColumn.Shape;
import id.canting.shared.SpreadsheetCells;

/**
 * The XLSX import template: the data sheet {@code Data} first and active (header, one example row in grey
 * italics, drop-down lists, text format for identifiers), then the instructions, then a hidden sheet
 * holding the lists the drop-downs offer (the import never reads hidden sheets). A template is
 * small, so it is built in memory.
 */
final class TemplateWorkbook {

	static final String DATA_SHEET = "Data";
	/** Drop-downs and formats reach this row: more than any province's list. */
	static final int LAST_ROW = 10_000;
	static final String TEXT_FORMAT = "@";

	private final ImportKind kind;
	private final String language;
	private final List<TemplateColumn> columns;
	private final TemplateWriter.Texts texts;
	private final XSSFWorkbook workbook = new XSSFWorkbook();
	private final CellStyle bold;
	private final CellStyle text;
	private final CellStyle wrapped;

	TemplateWorkbook(ImportKind kind, String language, List<TemplateColumn> columns, TemplateWriter.Texts texts) {
		this.kind = kind;
		this.language = language;
		this.columns = columns;
		this.texts = texts;
		Font strong = workbook.createFont();
		strong.setBold(true);
		bold = workbook.createCellStyle();
		bold.setFont(strong);
		text = workbook.createCellStyle();
		text.setDataFormat(workbook.createDataFormat().getFormat(TEXT_FORMAT));
		wrapped = workbook.createCellStyle();
		wrapped.setWrapText(true);
		wrapped.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
	}

	void write(OutputStream out) throws IOException {
		try (workbook) {
			Sheet data = workbook.createSheet(DATA_SHEET);
			Sheet instructions = workbook.createSheet(texts.get("import.template.sheet.instructions"));
			Sheet lists = workbook.createSheet(texts.get("import.template.sheet.lists"));
			header(data);
			example(data);
			dropDowns(data, lists);
			new TemplateInstructions(kind, columns, texts, bold, wrapped).write(instructions);
			workbook.setSheetVisibility(workbook.getSheetIndex(lists), SheetVisibility.HIDDEN);
			workbook.setActiveSheet(0);
			workbook.setSelectedTab(0);
			workbook.write(out);
		}
	}

	/** Bold headers, frozen; identifier and text columns formatted as text for every row typed later. */
	private void header(Sheet sheet) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < columns.size(); i++) {
			TemplateColumn column = columns.get(i);
			Cell cell = row.createCell(i);
			cell.setCellValue(column.header());
			cell.setCellStyle(bold);
			if (column.shape() != Shape.NUMBER) {
				sheet.setDefaultColumnStyle(i, text);
			}
			sheet.setColumnWidth(i, width(column) * 256);
		}
		sheet.createFreezePane(0, 1);
	}

	/** Row 2: the marker in the first cell, a valid example in the others, grey and italic. */
	private void example(Sheet sheet) {
		Font grey = workbook.createFont();
		grey.setItalic(true);
		grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
		CellStyle exampleText = workbook.createCellStyle();
		exampleText.setFont(grey);
		exampleText.setDataFormat(workbook.createDataFormat().getFormat(TEXT_FORMAT));
		CellStyle exampleWhole = workbook.createCellStyle();
		exampleWhole.setFont(grey);
		exampleWhole.setDataFormat(workbook.createDataFormat().getFormat("0"));
		CellStyle exampleDecimal = workbook.createCellStyle();
		exampleDecimal.setFont(grey);
		exampleDecimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
		List<String> values = TemplateWriter.exampleRow(language, columns);
		Row row = sheet.createRow(1);
		for (int i = 0; i < columns.size(); i++) {
			Cell cell = row.createCell(i);
			String value = values.get(i);
			BigDecimal number = i > 0 && columns.get(i).shape() == Shape.NUMBER ? number(value) : null;
			if (number != null) {
				cell.setCellValue(number.doubleValue());
				cell.setCellStyle(number.scale() > 0 ? exampleDecimal : exampleWhole);
			}
			else {
				cell.setCellValue(SpreadsheetCells.neutralise(value));
				cell.setCellStyle(exampleText);
			}
		}
	}

	/**
	 * Every coded column and the regency get a drop-down of the labels in this language, listed on the
	 * hidden sheet. One code: only a label is accepted. A list of codes or a regency: the warning lets
	 * {@code Tulis, Cap} or a typed name through, which the import reads.
	 */
	private void dropDowns(Sheet data, Sheet lists) {
		DataValidationHelper helper = data.getDataValidationHelper();
		Row listHeader = lists.createRow(0);
		int listColumn = 0;
		for (int i = 0; i < columns.size(); i++) {
			TemplateColumn column = columns.get(i);
			if (!column.hasList() || column.labels().isEmpty()) {
				continue;
			}
			listHeader.createCell(listColumn).setCellValue(column.header());
			for (int n = 0; n < column.labels().size(); n++) {
				Row row = lists.getRow(n + 1) == null ? lists.createRow(n + 1) : lists.getRow(n + 1);
				row.createCell(listColumn).setCellValue(column.labels().get(n));
			}
			String letter = CellReference.convertNumToColString(listColumn);
			String range = "'" + lists.getSheetName() + "'!$" + letter + "$2:$" + letter + "$" + (column.labels().size() + 1);
			DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(range),
					new CellRangeAddressList(1, LAST_ROW - 1, i, i));
			validation.setEmptyCellAllowed(true);
			validation.setShowErrorBox(true);
			validation.setErrorStyle(column.shape() == Shape.CODE ? DataValidation.ErrorStyle.STOP
					: DataValidation.ErrorStyle.WARNING);
			String key = "import.template.validation." + column.shape().name().toLowerCase(Locale.ROOT);
			validation.createErrorBox(column.header(), texts.get(key));
			data.addValidationData(validation);
			listColumn++;
		}
	}

	/** Wide enough for the header and the example, within reason; regency names need more. */
	private static int width(TemplateColumn column) {
		if (column.shape() == Shape.REGENCY) {
			return 34;
		}
		int longest = Math.max(column.header().length(), column.example() == null ? 0 : column.example().length());
		return Math.min(Math.max(longest + 4, 12), 45);
	}

	private static BigDecimal number(String value) {
		try {
			return new BigDecimal(value);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
