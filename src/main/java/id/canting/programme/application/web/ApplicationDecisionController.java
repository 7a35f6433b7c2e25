package id.canting.programme.application.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.programme.application.ApplicationManagement;
import id.canting.programme.application.VerificationChecklist;
import id.canting.programme.web.RupiahInput;
import id.canting.shared.Actor;
import id.canting.shared.DateFields;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The steps after submission, as the application page's small forms: the provincial officer verifies
 * with the checklist; ministry staff approve (for the amount typed, the requested amount prefilled and
 * taken when the field is left empty),
 * reject with a reason, record the realisation and close.
 */
@Controller
class ApplicationDecisionController {

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
		return views.step(actor, id, "verify", () -> applications.verify(actor, id, checklist), model, locale,
				response, redirect);
	}

	@PostMapping("/applications/{id}/approve")
	String approve(@PathVariable long id, @RequestParam(required = false) String amountIdr, Actor actor, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return views.step(actor, id, "approve", () -> {
			List<FieldViolation> violations = new ArrayList<>();
			Long amount = RupiahInput.parse("amountIdr", amountIdr, violations);
			throwIfAny(violations);
			// left empty: the amount requested, as the API does
			return applications.approve(actor, id, amount);
		}, model, locale, response, redirect);
	}

	@PostMapping("/applications/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(required = false) String reason, Actor actor, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return views.step(actor, id, "reject", () -> applications.reject(actor, id, reason), model, locale, response,
				redirect);
	}

	@PostMapping("/applications/{id}/realise")
	String realise(@PathVariable long id, @RequestParam(required = false) String realisedOn,
			@RequestParam(required = false) String amountIdr, @RequestParam(required = false) String note,
			Actor actor, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return views.step(actor, id, "realise", () -> {
			List<FieldViolation> violations = new ArrayList<>();
			LocalDate day = DateFields.parse("realisedOn", realisedOn, false, violations);
			Long amount = RupiahInput.parse("amountIdr", amountIdr, violations);
			throwIfAny(violations);
			return applications.realise(actor, id, day, amount, note);
		}, model, locale, response, redirect);
	}

	@PostMapping("/applications/{id}/close")
	String close(@PathVariable long id, Actor actor, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		return views.step(actor, id, "close", () -> applications.close(actor, id), model, locale, response, redirect);
	}
	private static void throwIfAny(List<FieldViolation> violations) {
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}
}
