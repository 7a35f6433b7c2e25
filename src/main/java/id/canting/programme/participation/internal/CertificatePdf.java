package id.canting.programme.participation.internal;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import id.canting.shared.web.Dates;
import id.canting.shared.web.HtmlPdf;

/**
 * Renders a certificate of attendance to a one-page A4 landscape PDF: a Thymeleaf template (so the
 * words come from the same message files as the pages) laid out by openhtmltopdf, as the fact
 * sheets are.
 */
@Component
public class CertificatePdf {

	private final ITemplateEngine templates;
	private final boolean demo;

	CertificatePdf(ITemplateEngine templates, @Value("${canting.demo.enabled:true}") boolean demo) {
		this.templates = templates;
		this.demo = demo;
	}

	public byte[] render(AttendanceCertificate certificate, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("certificate", certificate);
		context.setVariable("demo", demo);
		context.setVariable("percent", AttendanceRule.PERCENT);
		context.setVariable("issuedOn", Dates.date(certificate.issuedOn(), locale));
		context.setVariable("sessions", certificate.sessions().stream()
			.map(s -> new SessionLine(s.number(), Dates.date(s.heldOn(), locale), s.topic()))
			.toList());
		String html = templates.process("programme/certificate-pdf", context);
		return HtmlPdf.render(html, "the certificate " + certificate.number());
	}

	/** A session attended, its day written in the certificate's language. */
	public record SessionLine(int number, String heldOn, String topic) {
	}
}
