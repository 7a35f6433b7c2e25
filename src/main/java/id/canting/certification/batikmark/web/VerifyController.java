package id.canting.certification.batikmark.web;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import id.canting.certification.batikmark.internal.CertificateNotFoundException;
import id.canting.certification.batikmark.internal.CertificateNumber;
import id.canting.certification.batikmark.internal.CertificateVerification;
import id.canting.certification.batikmark.internal.Verification;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public verification pages, made for a buyer's phone: {@code /v/{number}} (the address in a
 * label's QR, with {@code ?c=}) and {@code /verify}, a search box for a number typed from a label.
 * An unknown or malformed number shows the search box again with the reason (404 or 400).
 */
@Controller
class VerifyController {

	private final CertificateVerification verification;

	VerifyController(CertificateVerification verification) {
		this.verification = verification;
	}

	@GetMapping("/verify")
	String search(@RequestParam(required = false) String number, Model model, HttpServletResponse response) {
		if (number == null || number.isBlank()) {
			return "certification/verify";
		}
		Optional<CertificateNumber> parsed = CertificateNumber.parse(number);
		if (parsed.isEmpty()) {
			return malformed(number, model, response);
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/v/{number}").buildAndExpand(parsed.get().toString()).toUriString();
	}

	@GetMapping("/v/{number}")
	String verify(@PathVariable String number, @RequestParam(name = "c", required = false) String code, Model model,
			HttpServletResponse response) {
		if (CertificateNumber.parse(number).isEmpty()) {
			return malformed(number, model, response);
		}
		try {
			Verification result = verification.verify(number, code);
			model.addAttribute("verification", result);
			model.addAttribute("certificate", result.certificate());
			return "certification/verified";
		}
		catch (CertificateNotFoundException e) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("number", number);
			model.addAttribute("notFound", true);
			return "certification/verify";
		}
	}

	private static String malformed(String number, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("number", number);
		model.addAttribute("format", CertificateNumber.FORMAT);
		return "certification/verify";
	}
}
