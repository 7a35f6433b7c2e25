package id.canting.programme.participation.web;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.canting.programme.participation.internal.AttendanceCertificates;
import id.canting.shared.Actor;

/**
 * A programme's participants page: its sessions, the participants the reader may see with their
 * attendance grid, and for eligible participants the certificate of attendance as a PDF download.
 */
@Controller
class ParticipantController {

	private final ParticipantViews views;
	private final AttendanceCertificates certificates;

	ParticipantController(ParticipantViews views, AttendanceCertificates certificates) {
		this.views = views;
		this.certificates = certificates;
	}

	@GetMapping("/programmes/{code}/participants")
	String page(@PathVariable String code, @RequestParam(required = false) Integer page, Actor actor, Model model) {
		views.page(model, actor, code, page);
		return ParticipantViews.PAGE;
	}

	@GetMapping("/programmes/{code}/participants/{id}/certificate.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable String code, @PathVariable long id,
			@RequestParam(required = false) String lang, Actor actor, Locale locale) {
		return CertificateDownload.of(certificates, actor, code, id, lang, locale);
	}
}
