package id.canting.event.report.internal;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import id.canting.shared.web.Dates;
import id.canting.shared.web.HtmlPdf;

/**
 * Renders an event's report to an A4 PDF: a Thymeleaf template (the words from the same message
 * files as the page) laid out by openhtmltopdf, as the statistics fact sheet and the impact report
 * are; fill rates are drawn as plain boxes, kept by the PDF as vector shapes.
 */
@Component
public class EventReportPdf {

	private final ITemplateEngine templates;
	private final boolean demo;

	EventReportPdf(ITemplateEngine templates, @Value("${canting.demo.enabled:true}") boolean demo) {
		this.templates = templates;
		this.demo = demo;
	}

	public byte[] render(EventSummary report, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("report", report);
		context.setVariable("english", Locale.ENGLISH.getLanguage().equals(locale.getLanguage()));
		context.setVariable("asOf", Dates.dateTime(report.asOf(), locale));
		context.setVariable("dates", Dates.date(report.startDate(), locale) + " – " + Dates.date(report.endDate(), locale));
		context.setVariable("demo", demo);
		String html = templates.process("event/report-pdf", context);
		return HtmlPdf.render(html, "the event report");
	}
}
