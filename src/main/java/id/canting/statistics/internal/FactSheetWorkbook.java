package id.canting.statistics.internal;

import static id.canting.shared.web.WorkbookCells.cell;
import static id.canting.shared.web.WorkbookCells.header;
import static id.canting.shared.web.WorkbookCells.number;
import static id.canting.shared.web.WorkbookCells.widths;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.canting.shared.web.Dates;
import id.canting.shared.web.WorkbookCells.Styles;
import id.canting.statistics.ExportBreakdown.KeyLine;
import id.canting.statistics.ExportBreakdown.MonthLine;
import id.canting.statistics.FactSheet;
import id.canting.statistics.IndustrySummary.ProvinceFigure;

/**
 * Renders a fact sheet as an XLSX workbook for officials who work in Excel: a summary sheet with
 * the headline sentences, definition, source and period, then one sheet per table with numbers as
 * numbers (so they can be summed), and a bar chart of the monthly exports against the year before.
 */
@Component
public class FactSheetWorkbook {

	private final MessageSource messages;
	private final boolean demo;

	FactSheetWorkbook(MessageSource messages, @Value("${canting.demo.enabled:true}") boolean demo) {
		this.messages = messages;
		this.demo = demo;
	}

	public byte[] render(FactSheet sheet, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(workbook);
			summary(workbook.createSheet(text("factsheet.sheet.summary", locale)), sheet, locale, styles);
			provinces(workbook.createSheet(text("factsheet.sheet.provinces", locale)), sheet, locale, styles);
			months(workbook.createSheet(text("factsheet.sheet.months", locale)), sheet, locale, styles);
			destinations(workbook.createSheet(text("factsheet.sheet.destinations", locale)), sheet.destinations(), locale,
					styles);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not write the fact sheet workbook", e);
		}
	}

	private void summary(XSSFSheet sheet, FactSheet data, Locale locale, Styles styles) {
		int r = 0;
		cell(sheet.createRow(r++), 0, text("factsheet.title", locale, data.scopeName(), data.periodLabel()), styles.title);
		if (demo) {
			cell(sheet.createRow(r++), 0, text("layout.demo", locale), null);
		}
		r++;
		cell(sheet.createRow(r++), 0, data.industryHeadline() + ".", styles.bold);
		cell(sheet.createRow(r++), 0, data.exportHeadline() + ".", styles.bold);
		r++;
		cell(sheet.createRow(r++), 0, text("factsheet.industry.note", locale, data.industry().definition(),
				Dates.dateTime(data.asOf(), locale)), null);
		cell(sheet.createRow(r++), 0, text("factsheet.exports.note", locale, data.exports().basketName(),
				data.exports().definition(), data.exports().source(), data.periodLabel()), null);
		if (data.scopeCode() != null) {
			cell(sheet.createRow(r++), 0, text("factsheet.exports.national", locale), null);
		}
		r++;
		Row header = sheet.createRow(r++);
		cell(header, 0, text("factsheet.col.figure", locale), styles.bold);
		cell(header, 1, text("factsheet.col.value", locale), styles.bold);
		number(sheet.createRow(r), 1, data.industry().workers(), styles.whole);
		cell(sheet.getRow(r++), 0, text("factsheet.col.workers", locale), null);
		number(sheet.createRow(r), 1, data.industry().ikm(), styles.whole);
		cell(sheet.getRow(r++), 0, text("factsheet.col.ikm", locale), null);
		number(sheet.createRow(r), 1, data.industry().sentra(), styles.whole);
		cell(sheet.getRow(r++), 0, text("factsheet.col.sentra", locale), null);
		number(sheet.createRow(r), 1, data.industry().provinces(), styles.whole);
		cell(sheet.getRow(r++), 0, text("factsheet.col.provinces", locale), null);
		number(sheet.createRow(r), 1, data.exports().valueUsd().doubleValue(), styles.decimal);
		cell(sheet.getRow(r++), 0, text("factsheet.col.exports", locale, data.periodLabel()), null);
		number(sheet.createRow(r), 1, data.exports().previousYear().valueUsd().doubleValue(), styles.decimal);
		cell(sheet.getRow(r++), 0, text("factsheet.col.exports-previous", locale), null);
		r++;
		cell(sheet.createRow(r), 0, text("factsheet.generated", locale, Dates.dateTime(data.asOf(), locale)), null);
		sheet.setColumnWidth(0, 60 * 256);
		sheet.setColumnWidth(1, 20 * 256);
	}

	private void provinces(XSSFSheet sheet, FactSheet data, Locale locale, Styles styles) {
		header(sheet, styles.bold, text("factsheet.col.province", locale), text("factsheet.col.ikm", locale),
				text("factsheet.col.workers", locale), text("factsheet.col.sentra", locale));
		int r = 1;
		for (ProvinceFigure p : data.provinces()) {
			Row row = sheet.createRow(r++);
			cell(row, 0, p.name(), null);
			number(row, 1, p.ikm(), styles.whole);
			number(row, 2, p.workers(), styles.whole);
			number(row, 3, p.sentra(), styles.whole);
		}
		Row total = sheet.createRow(r);
		cell(total, 0, text("factsheet.total", locale), styles.bold);
		number(total, 1, data.industry().ikm(), styles.whole);
		number(total, 2, data.industry().workers(), styles.whole);
		number(total, 3, data.industry().sentra(), styles.whole);
		widths(sheet, 30, 12, 14, 10);
	}

	private void months(XSSFSheet sheet, FactSheet data, Locale locale, Styles styles) {
		header(sheet, styles.bold, text("exports.col.month", locale), text("exports.col.value", locale),
				text("exports.col.previous", locale));
		List<MonthLine> months = data.months();
		int r = 1;
		for (MonthLine m : months) {
			Row row = sheet.createRow(r++);
			cell(row, 0, Dates.month(m.month(), locale), null);
			number(row, 1, m.valueUsd().doubleValue(), styles.decimal);
			if (m.previousYearValueUsd() != null) {
				number(row, 2, m.previousYearValueUsd().doubleValue(), styles.decimal);
			}
		}
		widths(sheet, 12, 18, 22);
		boolean anyFigure = months.stream().anyMatch(m -> m.valueUsd().signum() > 0
				|| (m.previousYearValueUsd() != null && m.previousYearValueUsd().signum() > 0));
		if (anyFigure) {
			chart(sheet, months.size(), text("factsheet.chart", locale));
		}
		else {
			// bars of zero would read as a chart; the sheet says in words that there is nothing to draw
			cell(sheet.getRow(1) == null ? sheet.createRow(1) : sheet.getRow(1), 4, text("chart.no-data", locale), null);
		}
	}

	/** A clustered bar chart of this year's and last year's monthly values, beside the table. */
	private static void chart(XSSFSheet sheet, int rows, String title) {
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 4, 1, 14, 20));
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		XDDFCategoryAxis months = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, months, values);
		data.setBarDirection(BarDirection.COL);
		var categories = XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(1, rows, 0, 0));
		var thisYear = data.addSeries(categories,
				XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(1, rows, 1, 1)));
		thisYear.setTitle(sheet.getRow(0).getCell(1).getStringCellValue(), null);
		var previousYear = data.addSeries(categories,
				XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(1, rows, 2, 2)));
		previousYear.setTitle(sheet.getRow(0).getCell(2).getStringCellValue(), null);
		thisYear.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(ChartPalette.rgb(ChartPalette.THIS_PERIOD))));
		previousYear.setFillProperties(
				new XDDFSolidFillProperties(XDDFColor.from(ChartPalette.rgb(ChartPalette.PREVIOUS_YEAR))));
		chart.plot(data);
	}

	private void destinations(XSSFSheet sheet, List<KeyLine> lines, Locale locale, Styles styles) {
		header(sheet, styles.bold, text("factsheet.col.code", locale), text("exports.col.destination", locale),
				text("exports.col.value", locale), text("exports.col.previous", locale));
		int r = 1;
		for (KeyLine line : lines) {
			Row row = sheet.createRow(r++);
			cell(row, 0, line.key(), null);
			cell(row, 1, line.name(), null);
			number(row, 2, line.valueUsd().doubleValue(), styles.decimal);
			if (line.previousYearValueUsd() != null) {
				number(row, 3, line.previousYearValueUsd().doubleValue(), styles.decimal);
			}
		}
		widths(sheet, 8, 28, 18, 22);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
