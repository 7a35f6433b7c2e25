package id.canting.programme.impact.internal;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import id.canting.shared.web.Dates;
import id.canting.shared.web.HtmlPdf;

/**
 * Renders a programme's impact report to an A4 PDF (landscape, for the province table's before and
 * after columns): a Thymeleaf template, so the words come from the same message files as the page,
 * laid out by openhtmltopdf as the statistics fact sheet is.
 */
@Component
public class ImpactPdf {

	private final ITemplateEngine templates;
	private final boolean demo;

	ImpactPdf(ITemplateEngine templates, @Value("${canting.demo.enabled:true}") boolean demo) {
		this.templates = templates;
		this.demo = demo;
	}

	public byte[] render(ImpactReport report, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("report", report);
		context.setVariable("asOf", Dates.dateTime(report.asOf(), locale));
		context.setVariable("demo", demo);
		String html = templates.process("programme/impact-pdf", context);
		return HtmlPdf.render(html, "impact report");
	}
}
