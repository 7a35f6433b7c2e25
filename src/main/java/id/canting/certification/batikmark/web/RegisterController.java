package id.canting.certification.batikmark.web;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import id.canting.certification.batikmark.internal.CertificateDocuments;
import id.canting.certification.batikmark.internal.CertificateStatus;
import id.canting.certification.batikmark.internal.CertificateVerification;
import id.canting.certification.batikmark.internal.RegisterFilter;
import id.canting.region.Regions;
import id.canting.registry.Technique;
import id.canting.shared.Actor;
import id.canting.shared.PageRequest;

/**
 * The public register page {@code /certificates} (filters, htmx updates the results) and the
 * printable documents of a certificate for those who may print them.
 */
@Controller
class RegisterController {

	private final CertificateVerification verification;
	private final CertificateDocuments documents;
	private final Regions regions;

	RegisterController(CertificateVerification verification, CertificateDocuments documents, Regions regions) {
		this.verification = verification;
		this.documents = documents;
		this.regions = regions;
	}

	@GetMapping("/certificates")
	String list(@RequestParam(required = false) CertificateStatus status,
			@RequestParam(required = false) Technique technique, @RequestParam(required = false) String province,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		RegisterFilter filter = RegisterFilter.of(status, technique, province, null, q);
		model.addAttribute("filter", filter);
		model.addAttribute("results", verification.register(filter,
				PageRequest.of(page, 20, null, CertificateVerification.SORTS.keySet(), "number")));
		model.addAttribute("statuses", CertificateStatus.values());
		model.addAttribute("techniques", Technique.values());
		model.addAttribute("provinces", regions.provinces());
		return htmx != null ? "certification/register :: browse" : "certification/register";
	}

	@GetMapping("/certificates/{number}/certificate.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String number, @RequestParam(required = false) String lang, Actor actor,
			Locale locale) {
		return Downloads.pdf(documents, actor, number, lang, locale);
	}

	@GetMapping("/certificates/{number}/label.png")
	ResponseEntity<byte[]> png(@PathVariable String number, Actor actor) {
		return Downloads.png(documents, actor, number);
	}

	@GetMapping("/certificates/{number}/label.svg")
	ResponseEntity<String> svg(@PathVariable String number, Actor actor) {
		return Downloads.svg(documents, actor, number);
	}
}
