package id.canting.statistics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import id.canting.shared.web.Dates;
import id.canting.shared.web.HtmlPdf;
import id.canting.statistics.ExportBreakdown.MonthLine;
import id.canting.statistics.FactSheet;

/**
 * Renders a fact sheet to a one-page A4 PDF: a Thymeleaf template (so the words come from the same
 * message files as the pages) laid out by openhtmltopdf. The chart is drawn with plain boxes, which
 * the PDF keeps as vector shapes and needs no image library.
 */
@Component
public class FactSheetPdf {

	private final ITemplateEngine templates;
	private final boolean demo;

	FactSheetPdf(ITemplateEngine templates, @Value("${canting.demo.enabled:true}") boolean demo) {
		this.templates = templates;
		this.demo = demo;
	}

	public byte[] render(FactSheet sheet, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("sheet", sheet);
		context.setVariable("asOf", Dates.dateTime(sheet.asOf(), locale));
		context.setVariable("demo", demo);
		// months are read as "Januari 2024", in the sheet's language, not as their code 2024-01
		context.setVariable("monthName", (Function<String, String>) month -> Dates.month(month, locale));
		context.setVariable("thisPeriodColour", ChartPalette.THIS_PERIOD);
		context.setVariable("previousYearColour", ChartPalette.PREVIOUS_YEAR);
		BigDecimal scale = scale(sheet);
		context.setVariable("bars", sheet.months().stream()
			.map(line -> new Bar(Dates.month(line.month(), locale), percent(line.valueUsd(), scale), percent(line.previousYearValueUsd(), scale)))
			.toList());
		String html = templates.process("statistics/fact-sheet-pdf", context);
		return HtmlPdf.render(html, "the fact sheet");
	}

	/** The largest monthly value (this year or the year before), so every bar is a share of it. */
	private static BigDecimal scale(FactSheet sheet) {
		BigDecimal max = BigDecimal.ONE;
		for (MonthLine line : sheet.months()) {
			max = max.max(line.valueUsd());
			if (line.previousYearValueUsd() != null) {
				max = max.max(line.previousYearValueUsd());
			}
		}
		return max;
	}

	/** One month of the chart: this year's and the year before's bar, in percent of the chart's width. */
	public record Bar(String month, int valuePercent, int previousPercent) {
	}

	private static int percent(BigDecimal value, BigDecimal scale) {
		if (value == null || scale.signum() == 0) {
			return 0;
		}
		return value.multiply(BigDecimal.valueOf(100)).divide(scale, 0, RoundingMode.HALF_UP).intValue();
	}
}
