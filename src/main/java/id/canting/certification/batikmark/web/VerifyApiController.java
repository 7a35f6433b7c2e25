package id.canting.certification.batikmark.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.canting.certification.batikmark.internal.CertificateVerification;
import id.canting.certification.batikmark.internal.Certificates;
import id.canting.certification.batikmark.internal.StatusChange;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Public verification for apps and offline checkers, no login: {@code GET /api/v1/verify/{number}}
 * (with {@code ?c=} from a QR) and the revocation list {@code GET /api/v1/verify/revoked?since=}.
 */
@RestController
@Tag(name = "Certificate verification", description = "Public checks of a Batikmark certificate and the revocation list; no login")
@RequestMapping("/api/v1/verify")
class VerifyApiController {

	private final CertificateVerification verification;
	private final Certificates certificates;

	VerifyApiController(CertificateVerification verification, Certificates certificates) {
		this.verification = verification;
		this.certificates = certificates;
	}

	@GetMapping("/{number}")
	VerificationResponse verify(@PathVariable String number, @RequestParam(name = "c", required = false) String code) {
		return VerificationResponse.of(verification.verify(number, code));
	}

	/**
	 * Every status change on or after {@code since} (all when omitted), complete: suspended, revoked and
	 * expired certificates, and ACTIVE for one reinstated since. {@code asOf} is the day to ask from next.
	 */
	@GetMapping("/revoked")
	RevocationList revoked(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since) {
		return new RevocationList(certificates.today(), since, verification.statusChangesSince(since));
	}

	record RevocationList(LocalDate asOf, LocalDate since, List<StatusChange> certificates) {
	}
}
