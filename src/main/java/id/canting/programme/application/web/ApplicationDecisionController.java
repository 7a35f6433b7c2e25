package id.canting.programme.application.web;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.programme.application.ApplicationId;
import id.canting.programme.application.ApplicationManagement;
import id.canting.programme.application.VerificationChecklist;
import id.canting.shared.Actor;
import id.canting.shared.web.Day;
import id.canting.shared.web.FormRejections;
import id.canting.shared.web.Rupiah;
import id.canting.shared.web.TypedAmount;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The steps after submission, as the application page's small forms: the provincial officer verifies
 * with the checklist; ministry staff approve (for the amount typed, the requested amount prefilled and
 * taken when the field is left empty),
 * reject with a reason, record the realisation and close; the officer (before verification) or the
 * ministry (after) returns it to the applicant for correction, with a reason.
 */
@Controller
class ApplicationDecisionController {

	private static final String AMOUNT = "programme.application.validation.amount";

	/** The approved amount as typed; empty takes the amount requested. */
	record Approved(@Rupiah(refusal = AMOUNT) TypedAmount amountIdr) {
	}

	/** The day and amount of the realisation as typed. */
	record Realised(@Day LocalDate realisedOn, @Rupiah(refusal = AMOUNT) TypedAmount amountIdr) {
	}

	/** What the applicant should correct, as typed. */
	record Correction(String reason) {
	}

	private final ApplicationManagement applications;
	private final ApplicationViews views;

	ApplicationDecisionController(ApplicationManagement applications, ApplicationViews views) {
		this.applications = applications;
		this.views = views;
	}

	@PostMapping("/applications/{id}/verify")
	String verify(@PathVariable long id, @RequestParam(defaultValue = "false") boolean identity,
			@RequestParam(defaultValue = "false") boolean documents,
			@RequestParam(defaultValue = "false") boolean eligibility, @RequestParam(defaultValue = "false") boolean site,
			@RequestParam(required = false) String note, Actor actor, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		VerificationChecklist checklist = new VerificationChecklist(identity, documents, eligibility, site, note);
		return views.step(actor, id, "verify", () -> applications.verify(actor, new ApplicationId(id), checklist), model, locale,
				response, redirect);
	}

	@PostMapping("/applications/{id}/approve")
	String approve(@PathVariable long id, @ModelAttribute Approved approved, BindingResult typed, Actor actor,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return views.step(actor, id, "approve", () -> {
			FormRejections.refuseUnreadable(typed);
			// left empty: the amount requested, as the API does
			return applications.approve(actor, new ApplicationId(id), TypedAmount.amountOf(approved.amountIdr()));
		}, model, locale, response, redirect);
	}

	@PostMapping("/applications/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(required = false) String reason, Actor actor, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return views.step(actor, id, "reject", () -> applications.reject(actor, new ApplicationId(id), reason), model, locale, response,
				redirect);
	}

	@PostMapping("/applications/{id}/return")
	String returnForCorrection(@PathVariable long id, @ModelAttribute Correction correction, Actor actor, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return views.step(actor, id, "return",
				() -> applications.returnForCorrection(actor, new ApplicationId(id), correction.reason()), model, locale,
				response, redirect);
	}

	@PostMapping("/applications/{id}/realise")
	String realise(@PathVariable long id, @ModelAttribute Realised realised, BindingResult typed,
			@RequestParam(required = false) String note, Actor actor, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		return views.step(actor, id, "realise", () -> {
			FormRejections.refuseUnreadable(typed);
			return applications.realise(actor, new ApplicationId(id), realised.realisedOn(),
					TypedAmount.amountOf(realised.amountIdr()), note);
		}, model, locale, response, redirect);
	}

	@PostMapping("/applications/{id}/close")
	String close(@PathVariable long id, Actor actor, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		return views.step(actor, id, "close", () -> applications.close(actor, new ApplicationId(id)), model, locale, response, redirect);
	}
}
