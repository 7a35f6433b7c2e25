package id.canting.programme.catalogue.web;

import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.canting.programme.catalogue.EligibilityReason;
import id.canting.programme.catalogue.ProgrammeEligibility;
import id.canting.registry.IkmId;
import id.canting.registry.SentraId;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Whether an IKM ({@code ?ikm=}) or a sentra ({@code ?sentra=}) meets a programme's rules, with
 * every failed rule in plain words: {@code GET /api/v1/programmes/{code}/eligibility}.
 */
@RestController
@Tag(name = "Programme applications", description = "Applications of IKM to programmes and their way through review")
class EligibilityApiController {

	private final ProgrammeEligibility eligibility;
	private final EligibilityMessages messages;

	EligibilityApiController(ProgrammeEligibility eligibility, EligibilityMessages messages) {
		this.eligibility = eligibility;
		this.messages = messages;
	}

	@GetMapping("/api/v1/programmes/{code}/eligibility")
	EligibilityResponse check(@PathVariable String code, @RequestParam(required = false) Long ikm,
			@RequestParam(required = false) Long sentra, Actor actor, Locale locale) {
		if ((ikm == null) == (sentra == null)) {
			throw new InvalidInputException(List.of(FieldViolation.of("ikm", "programme.validation.applicant")));
		}
		List<EligibilityReason> reasons = ikm != null ? eligibility.ofIkm(actor, code, new IkmId(ikm))
				: eligibility.ofSentra(actor, code, new SentraId(sentra));
		return messages.response(reasons, locale);
	}
}
