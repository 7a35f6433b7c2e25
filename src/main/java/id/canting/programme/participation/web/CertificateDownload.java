package id.canting.programme.participation.web;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import id.canting.programme.ParticipantId;
import id.canting.programme.participation.internal.AttendanceCertificate;
import id.canting.programme.participation.internal.AttendanceCertificates;
import id.canting.shared.Actor;
import id.canting.shared.web.DocumentLanguage;

/** A certificate of attendance as a download, shared by the API and the page: language checked, file named. */
final class CertificateDownload {

	private CertificateDownload() {
	}

	static ResponseEntity<byte[]> of(AttendanceCertificates certificates, Actor actor, String code, long id,
			String lang, Locale locale) {
		Locale language = DocumentLanguage.of(lang, locale);
		AttendanceCertificate certificate = certificates.certificate(actor, code, new ParticipantId(id));
		String name = "certificate-" + certificate.number().replace('/', '-') + "-" + language.getLanguage() + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(certificates.pdf(certificate, language));
	}
}
