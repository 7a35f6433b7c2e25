package id.canting.programme.application.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import id.canting.programme.application.ApplicationId;
import id.canting.programme.application.ClaimLine;
import id.canting.programme.application.internal.ClaimLineInput;
import id.canting.programme.application.internal.ClaimRefusedException;
import id.canting.programme.application.internal.MachineClaim;
import id.canting.programme.application.internal.MachineClaims;
import id.canting.programme.application.internal.VerificationVisit;
import id.canting.programme.application.internal.VisitInput;
import id.canting.programme.web.RuleProblems;
import id.canting.shared.Actor;
import id.canting.shared.NotFoundException;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A machine-restructuring application's claim ({@code /api/v1/applications/{id}/claim}: the machines
 * and what the rate table pays back) and its verification visit ({@code .../visit}).
 */
@RestController
@Tag(name = "Machine restructuring", description = "Reimbursement quotes, machine claims and verification visits")
class MachineClaimApiController {

	private final MachineClaims claims;
	private final QuoteMessages quoteMessages;
	private final MessageSource messages;

	MachineClaimApiController(MachineClaims claims, QuoteMessages quoteMessages, MessageSource messages) {
		this.claims = claims;
		this.quoteMessages = quoteMessages;
		this.messages = messages;
	}

	record ClaimBody(List<ClaimLineInput> lines) {
	}

	record ClaimResponse(long applicationId, List<ClaimLine> lines, QuoteResponse quote) {
	}

	record VisitResponse(long applicationId, LocalDate visitedOn, String officer, boolean companyExists,
			List<VerificationVisit.MachineFinding> machines, String notes, boolean confirmsClaim, Instant recordedAt) {

		static VisitResponse of(VerificationVisit v) {
			return new VisitResponse(v.applicationId(), v.visitedOn(), v.officer(), v.companyExists(), v.machines(),
					v.notes(), v.confirmsClaim(), v.recordedAt());
		}
	}

	@GetMapping("/api/v1/applications/{id}/claim")
	ClaimResponse claim(@PathVariable long id, Actor actor, Locale locale) {
		return response(claims.claim(actor, new ApplicationId(id)), locale);
	}

	@PutMapping("/api/v1/applications/{id}/claim")
	ClaimResponse replaceClaim(@PathVariable long id, @RequestBody ClaimBody body, Actor actor, Locale locale) {
		return response(claims.claim(actor, new ApplicationId(id), body.lines()), locale);
	}

	@GetMapping("/api/v1/applications/{id}/visit")
	VisitResponse visit(@PathVariable long id, Actor actor) {
		// no visit yet is a 404 like any other, with a Problem body that says so
		return VisitResponse.of(claims.visit(actor, new ApplicationId(id)).orElseThrow(() -> new NotFoundException("programme.claim.visit.none")));
	}

	@PutMapping("/api/v1/applications/{id}/visit")
	VisitResponse recordVisit(@PathVariable long id, @RequestBody VisitInput body, Actor actor) {
		return VisitResponse.of(claims.recordVisit(actor, new ApplicationId(id), body));
	}

	/** A claim that pays nothing, or an approval the visit does not support: 422 with the rate table's reasons. */
	@ExceptionHandler(ClaimRefusedException.class)
	ProblemDetail refused(ClaimRefusedException e, Locale locale) {
		return RuleProblems.withReasons(e, quoteMessages.reasons(e.reasons(), locale), messages, locale);
	}

	private ClaimResponse response(MachineClaim claim, Locale locale) {
		return new ClaimResponse(claim.applicationId(), claim.lines(),
				claim.quote() == null ? null : quoteMessages.response(claim.quote(), locale));
	}
}
