package id.canting.certification.batikmark.internal;

import id.canting.shared.QrCode;
import java.util.Base64;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import id.canting.shared.web.Dates;
import id.canting.shared.web.HtmlPdf;

/**
 * Renders a Batikmark certificate to a one-page A4 PDF: a Thymeleaf template (words from the message
 * files) laid out by openhtmltopdf, with the verification QR as an embedded PNG.
 */
@Component
public class BatikmarkCertificatePdf {

	private final ITemplateEngine templates;
	private final boolean demo;

	BatikmarkCertificatePdf(ITemplateEngine templates, @Value("${canting.demo.enabled:true}") boolean demo) {
		this.templates = templates;
		this.demo = demo;
	}

	public byte[] render(PublicCertificate certificate, String verificationUrl, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("certificate", certificate);
		context.setVariable("demo", demo);
		context.setVariable("url", verificationUrl);
		context.setVariable("qr", "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCode.of(verificationUrl).png(8)));
		context.setVariable("issuedOn", Dates.date(certificate.issuedOn(), locale));
		context.setVariable("validUntil", Dates.date(certificate.validUntil(), locale));
		String html = templates.process("certification/certificate-pdf", context);
		return HtmlPdf.render(html, "the Batikmark certificate " + certificate.number());
	}
}
