package id.canting.certification.batikmark.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import id.canting.certification.batikmark.internal.CertificateDocuments;
import id.canting.certification.batikmark.internal.IkmCertifications;
import id.canting.registry.IkmId;
import id.canting.shared.Actor;

/**
 * An IKM's Batikmark certificates and geographical indications, as a fragment the registry's IKM page
 * loads with htmx (so the registry needs nothing of this module). Public fields only: what the public
 * register and the indication pages show anyway.
 */
@Controller
class IkmCertificationController {

	private final IkmCertifications certifications;

	IkmCertificationController(IkmCertifications certifications) {
		this.certifications = certifications;
	}

	@GetMapping("/certification/ikm/{id}")
	String ikm(@PathVariable long id, Actor actor, Model model) {
		var certificates = certifications.certificatesOf(new IkmId(id));
		model.addAttribute("certificates", certificates);
		// the certificate's page (with its PDF and label) for those who may print them
		model.addAttribute("openable", certificates.stream()
			.filter(c -> CertificateDocuments.mayDownload(actor, id, c.provinceCode()))
			.map(c -> c.number())
			.collect(java.util.stream.Collectors.toSet()));
		model.addAttribute("indications", certifications.indicationsOf(new IkmId(id)));
		return "certification/ikm :: certification";
	}
}
