package id.canting.certification.batikmark.web;

import java.util.Locale;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import id.canting.certification.batikmark.internal.CertificateDocuments;
import id.canting.certification.batikmark.internal.CertificateNumber;
import id.canting.shared.Actor;
import id.canting.shared.web.DocumentLanguage;

/**
 * A certificate's documents as downloads, shared by the API and the pages: named files, never cached
 * by shared caches (they carry the verification code).
 */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<byte[]> pdf(CertificateDocuments documents, Actor actor, String number, String lang,
			Locale locale) {
		Locale language = DocumentLanguage.of(lang, locale);
		byte[] body = documents.pdf(actor, number, language);
		return file(MediaType.APPLICATION_PDF, name(number) + "-" + language.getLanguage() + ".pdf").body(body);
	}

	static ResponseEntity<byte[]> png(CertificateDocuments documents, Actor actor, String number) {
		byte[] body = documents.labelPng(actor, number);
		return file(MediaType.IMAGE_PNG, name(number) + "-label.png").body(body);
	}

	static ResponseEntity<String> svg(CertificateDocuments documents, Actor actor, String number) {
		String body = documents.labelSvg(actor, number);
		return file(MediaType.valueOf("image/svg+xml;charset=UTF-8"), name(number) + "-label.svg").body(body);
	}

	private static String name(String number) {
		return CertificateNumber.parse(number).map(CertificateNumber::toString).orElse("certificate");
	}

	private static ResponseEntity.BodyBuilder file(MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString());
	}
}
