package id.canting.certification.batikmark.internal;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;

/**
 * The printable documents of a certificate: the certificate PDF and the label image (PNG or SVG),
 * each with a QR holding the plain address {@code {public-base-url}/v/{number}?c={code}}. They carry
 * the verification code, so only the certificate's IKM owner, officers of its province, the
 * certification body (assessors) and ministry staff may download them.
 */
@Service
@Transactional(readOnly = true)
public class CertificateDocuments {

	private final Certificates certificates;
	private final CertificateVerification verification;
	private final BatikmarkCertificatePdf pdf;
	private final MessageSource messages;
	private final String publicBaseUrl;

	CertificateDocuments(Certificates certificates, CertificateVerification verification, BatikmarkCertificatePdf pdf,
			MessageSource messages, @Value("${canting.public-base-url}") String publicBaseUrl) {
		this.certificates = certificates;
		this.verification = verification;
		this.pdf = pdf;
		this.messages = messages;
		this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
				: publicBaseUrl;
	}

	/** The address the QR of this certificate holds. */
	public String verificationUrl(Certificate certificate) {
		return UriComponentsBuilder.fromUriString(publicBaseUrl)
			.path("/v/{number}")
			.queryParam("c", certificate.verificationCode())
			.buildAndExpand(certificate.number())
			.toUriString();
	}

	/** The certificate as an A4 PDF in the language asked for. */
	public byte[] pdf(Actor actor, String number, Locale locale) {
		Certificate c = downloadable(actor, number);
		return pdf.render(verification.publicView(c), verificationUrl(c), locale);
	}

	/** The printable label as a PNG. */
	public byte[] labelPng(Actor actor, String number) {
		Certificate c = downloadable(actor, number);
		return BatikmarkLabel.png(c.labelColour(), mark(), c.number(), verificationUrl(c));
	}

	/** The printable label as an SVG document. */
	public String labelSvg(Actor actor, String number) {
		Certificate c = downloadable(actor, number);
		return BatikmarkLabel.svg(c.labelColour(), mark(), c.number(), verificationUrl(c));
	}

	/** The certificate, when this actor may print its documents. */
	public Certificate downloadable(Actor actor, String number) {
		Certificate c = certificates.byNumber(number);
		if (!mayDownload(actor, c)) {
			throw new ForbiddenException("certificate.forbidden.download");
		}
		return c;
	}

	/** The IKM's owner, officers of its province, assessors and admins. */
	public static boolean mayDownload(Actor actor, Certificate c) {
		return mayDownload(actor, c.ikmId(), c.provinceCode());
	}

	/** The same rule for a certificate of this IKM in this province. */
	public static boolean mayDownload(Actor actor, long ikmId, String provinceCode) {
		return actor.isAdmin() || actor.role() == id.canting.shared.Role.ASSESSOR || actor.isOfficerOf(provinceCode)
				|| actor.ownsIkm(ikmId);
	}

	private String mark() {
		return messages.getMessage("verify.label.mark", null, Locale.forLanguageTag("id"));
	}
}
