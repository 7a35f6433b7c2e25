package id.canting.programme.application.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.programme.application.ApplicationId;
import id.canting.programme.application.ApplicationManagement;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.web.FormRejections;
import id.canting.shared.web.Rupiah;
import id.canting.shared.web.TypedAmount;

import jakarta.servlet.http.HttpServletResponse;

/**
 * One application's page, and the applicant's steps on it: change the draft, submit it, withdraw.
 * The officer's and the ministry's steps are in {@link ApplicationDecisionController}.
 */
@Controller
class ApplicationController {

	/** The amount of a changed draft, read by the one rupiah formatter. */
	record Edited(@Rupiah(refusal = "programme.application.validation.amount") TypedAmount requestedIdr) {
	}

	private final ApplicationManagement applications;
	private final ApplicationViews views;

	ApplicationController(ApplicationManagement applications, ApplicationViews views) {
		this.applications = applications;
		this.views = views;
	}

	@GetMapping("/applications/{id}")
	String detail(@PathVariable long id, Actor actor, Model model) {
		return views.page(actor, id, model);
	}

	@PostMapping("/applications/{id}")
	String update(@PathVariable long id, @RequestParam(required = false) String proposal,
			@ModelAttribute Edited edited, BindingResult typed, @RequestParam(required = false) Integer version,
			Actor actor, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return views.step(actor, id, "update", () -> {
			List<FieldViolation> violations = new ArrayList<>(FormRejections.unreadable(typed));
			if (version == null) {
				violations.add(FieldViolation.of("version", "validation.version.required"));
			}
			if (!violations.isEmpty()) {
				throw new InvalidInputException(violations);
			}
			return applications.update(actor, new ApplicationId(id), version, proposal, TypedAmount.amountOf(edited.requestedIdr()));
		}, model, locale, response, redirect);
	}

	@PostMapping("/applications/{id}/submit")
	String submit(@PathVariable long id, Actor actor, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		return views.step(actor, id, "submit", () -> applications.submit(actor, new ApplicationId(id)), model, locale, response,
				redirect);
	}

	/** Withdrawing as the page's form sends it: only with the box ticked that says it cannot be undone. */
	record Withdrawal(Boolean confirmed) {

		/** An unticked box is not sent at all. */
		boolean isConfirmed() {
			return Boolean.TRUE.equals(confirmed);
		}
	}

	@PostMapping("/applications/{id}/withdraw")
	String withdraw(@PathVariable long id, @ModelAttribute Withdrawal withdrawal, Actor actor, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return views.step(actor, id, "withdraw", () -> {
			// who may not see it learns nothing from the form: not found before any field
			applications.application(actor, new ApplicationId(id));
			if (!withdrawal.isConfirmed()) {
				throw new InvalidInputException(
						List.of(FieldViolation.of("confirmed", "programme.application.withdraw.confirm-required")));
			}
			return applications.withdraw(actor, new ApplicationId(id));
		}, model, locale, response, redirect);
	}
}
