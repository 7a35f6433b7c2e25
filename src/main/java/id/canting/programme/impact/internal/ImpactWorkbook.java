package id.canting.programme.impact.internal;

import static id.canting.shared.web.WorkbookCells.cell;
import static id.canting.shared.web.WorkbookCells.header;
import static id.canting.shared.web.WorkbookCells.number;
import static id.canting.shared.web.WorkbookCells.widths;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.canting.shared.SpreadsheetCells;
import id.canting.shared.web.Dates;
import id.canting.shared.web.WorkbookCells.Styles;

/**
 * Renders a programme's impact report as an XLSX workbook for officials who work in Excel: a summary
 * sheet (title, scope, definition, as-of, counts), the overall before and after per indicator, one row
 * per province with every before and after figure, and the beneficiaries still lacking a follow-up.
 * Numbers are numbers (so they can be summed); a figure with no meaning is an empty cell.
 */
@Component
public class ImpactWorkbook {

	private final MessageSource messages;
	private final boolean demo;

	ImpactWorkbook(MessageSource messages, @Value("${canting.demo.enabled:true}") boolean demo) {
		this.messages = messages;
		this.demo = demo;
	}

	public byte[] render(ImpactReport report, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(workbook);
			summary(workbook.createSheet(text("impact.sheet.summary", locale)), report, locale, styles);
			overall(workbook.createSheet(text("impact.sheet.overall", locale)), report.overall(), locale, styles);
			provinces(workbook.createSheet(text("impact.sheet.provinces", locale)), report, locale, styles);
			lacking(workbook.createSheet(text("impact.sheet.lacking", locale)), report, locale, styles);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not write the impact workbook", e);
		}
	}

	private void summary(XSSFSheet sheet, ImpactReport report, Locale locale, Styles styles) {
		int r = 0;
		cell(sheet.createRow(r++), 0, text("impact.title", locale, report.programmeName()), styles.title);
		cell(sheet.createRow(r++), 0, text("impact.programme-line", locale, report.programmeCode(),
				text("programme.type." + report.programmeType(), locale), report.programmeYear()), null);
		cell(sheet.createRow(r++), 0, report.scopeName() == null ? text("impact.scope.all", locale)
				: text("impact.scope.province", locale, report.scopeName()), null);
		if (demo) {
			cell(sheet.createRow(r++), 0, text("layout.demo", locale), null);
		}
		r++;
		cell(sheet.createRow(r++), 0, text("impact.definition", locale), null);
		cell(sheet.createRow(r++), 0, text("impact.as-of", locale, Dates.dateTime(report.asOf(), locale)), null);
		r++;
		ImpactFigures overall = report.overall();
		r = figure(sheet, r, text("impact.col.beneficiaries", locale), overall.beneficiaries(), styles);
		r = figure(sheet, r, text("impact.col.measured", locale), overall.measured(), styles);
		figure(sheet, r, text("impact.col.lacking", locale), overall.lackingFollowUp(), styles);
		sheet.setColumnWidth(0, 70 * 256);
		sheet.setColumnWidth(1, 14 * 256);
	}

	private static int figure(XSSFSheet sheet, int r, String label, long value, Styles styles) {
		Row row = sheet.createRow(r);
		cell(row, 0, label, null);
		number(row, 1, value, styles.whole);
		return r + 1;
	}

	private void overall(XSSFSheet sheet, ImpactFigures figures, Locale locale, Styles styles) {
		header(sheet, styles.bold, text("impact.col.indicator", locale), text("impact.col.total-before", locale),
				text("impact.col.total-after", locale), text("impact.col.total-change", locale),
				text("impact.col.change-percent", locale), text("impact.col.average-before", locale),
				text("impact.col.average-after", locale), text("impact.col.average-change", locale));
		int r = 1;
		for (ImpactMeasure m : figures.measures()) {
			Row row = sheet.createRow(r++);
			cell(row, 0, text("indicator.field." + m.key(), locale), null);
			number(row, 1, m.totalBefore(), styles.whole);
			number(row, 2, m.totalAfter(), styles.whole);
			number(row, 3, m.totalChange(), styles.whole);
			number(row, 4, m.changePercent(), styles.decimal);
			number(row, 5, m.averageBefore(), styles.decimal);
			number(row, 6, m.averageAfter(), styles.decimal);
			number(row, 7, m.averageChange(), styles.decimal);
		}
		widths(sheet, 40, 18, 18, 16, 12, 16, 16, 16);
	}

	private void provinces(XSSFSheet sheet, ImpactReport report, Locale locale, Styles styles) {
		List<String> titles = new ArrayList<>(List.of(text("impact.col.province-code", locale),
				text("impact.col.province", locale), text("impact.col.beneficiaries", locale),
				text("impact.col.measured", locale), text("impact.col.lacking", locale)));
		for (ImpactMeasure m : report.overall().measures()) {
			String label = text("indicator.field." + m.key(), locale);
			String kind = m.totalBefore() == null ? "average" : "total";
			titles.add(text("impact.col." + kind + "-of-before", locale, label));
			titles.add(text("impact.col." + kind + "-of-after", locale, label));
		}
		header(sheet, styles.bold, titles.toArray(String[]::new));
		int r = 1;
		for (ImpactReport.ProvinceImpact p : report.provinces()) {
			Row row = sheet.createRow(r++);
			cell(row, 0, p.provinceCode(), null);
			cell(row, 1, p.provinceName(), null);
			ImpactFigures f = p.figures();
			number(row, 2, f.beneficiaries(), styles.whole);
			number(row, 3, f.measured(), styles.whole);
			number(row, 4, f.lackingFollowUp(), styles.whole);
			int c = 5;
			for (ImpactMeasure m : f.measures()) {
				if (m.totalBefore() != null) {
					number(row, c++, m.totalBefore(), styles.whole);
					number(row, c++, m.totalAfter(), styles.whole);
				}
				else {
					number(row, c++, m.averageBefore(), styles.decimal);
					number(row, c++, m.averageAfter(), styles.decimal);
				}
			}
		}
		sheet.setColumnWidth(1, 26 * 256);
		for (int c = 2; c < titles.size(); c++) {
			sheet.setColumnWidth(c, 18 * 256);
		}
	}

	private void lacking(XSSFSheet sheet, ImpactReport report, Locale locale, Styles styles) {
		header(sheet, styles.bold, text("impact.col.application", locale), text("impact.col.beneficiary", locale),
				text("impact.col.province", locale), text("impact.col.baseline-recorded", locale));
		int r = 1;
		for (ImpactReport.Unmeasured u : report.lackingFollowUp()) {
			Row row = sheet.createRow(r++);
			number(row, 0, u.applicationId(), styles.plain);
			cell(row, 1, SpreadsheetCells.neutralise(u.beneficiaryName()), null);
			cell(row, 2, u.provinceName(), null);
			cell(row, 3, text(u.baselineRecorded() ? "indicator.yes" : "indicator.no", locale), null);
		}
		widths(sheet, 12, 40, 26, 18);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
