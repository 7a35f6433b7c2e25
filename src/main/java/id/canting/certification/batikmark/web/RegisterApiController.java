package id.canting.certification.batikmark.web;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.canting.certification.batikmark.internal.CertificateDocuments;
import id.canting.certification.batikmark.internal.CertificateStatus;
import id.canting.certification.batikmark.internal.CertificateVerification;
import id.canting.certification.batikmark.internal.RegisterFilter;
import id.canting.registry.Technique;
import id.canting.shared.Actor;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;
import id.canting.shared.web.FileDownload;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The public register of Batikmark certificates ({@code GET /api/v1/certificates}, no login) and a
 * certificate's printable documents for those who may print them (PDF, label PNG and SVG).
 */
@RestController
@Tag(name = "Certificate register", description = "The public register of Batikmark certificates and their printable documents")
@RequestMapping("/api/v1/certificates")
class RegisterApiController {

	private final CertificateVerification verification;
	private final CertificateDocuments documents;

	RegisterApiController(CertificateVerification verification, CertificateDocuments documents) {
		this.verification = verification;
		this.documents = documents;
	}

	@GetMapping
	PageResponse<RegisterEntry> list(@RequestParam(required = false) CertificateStatus status,
			@RequestParam(required = false) Technique technique, @RequestParam(required = false) String province,
			@RequestParam(required = false) String regency, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		return verification.register(RegisterFilter.of(status, technique, province, regency, q),
				PageRequest.of(page, size, sort, CertificateVerification.SORTS.keySet(), "number"))
			.map(RegisterEntry::of);
	}

	@FileDownload(FileDownload.PDF)
	@GetMapping("/{number}/certificate.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String number, @RequestParam(required = false) String lang, Actor actor,
			Locale locale) {
		return Downloads.pdf(documents, actor, number, lang, locale);
	}

	@FileDownload(FileDownload.PNG)
	@GetMapping("/{number}/label.png")
	ResponseEntity<byte[]> png(@PathVariable String number, Actor actor) {
		return Downloads.png(documents, actor, number);
	}

	@FileDownload(FileDownload.SVG)
	@GetMapping("/{number}/label.svg")
	ResponseEntity<String> svg(@PathVariable String number, Actor actor) {
		return Downloads.svg(documents, actor, number);
	}
}
