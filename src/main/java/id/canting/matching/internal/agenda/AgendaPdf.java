package id.canting.matching.internal.agenda;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import id.canting.shared.web.Dates;
import id.canting.shared.web.HtmlPdf;

/**
 * An agenda as an A4 PDF to print and carry on the day: a Thymeleaf template (the words from the same
 * message files as the page) laid out by openhtmltopdf, as the event report is.
 */
@Component
public class AgendaPdf {

	private final ITemplateEngine templates;
	private final AgendaTexts texts;
	private final boolean demo;

	AgendaPdf(ITemplateEngine templates, AgendaTexts texts, @Value("${canting.demo.enabled:true}") boolean demo) {
		this.templates = templates;
		this.texts = texts;
		this.demo = demo;
	}

	public byte[] render(Agenda agenda, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("agenda", agenda);
		context.setVariable("texts", texts);
		context.setVariable("locale", locale);
		context.setVariable("dates", Dates.date(agenda.event().startDate(), locale) + " – "
				+ Dates.date(agenda.event().endDate(), locale));
		context.setVariable("demo", demo);
		return HtmlPdf.render(templates.process("matching/agenda-pdf", context), "the agenda");
	}
}
