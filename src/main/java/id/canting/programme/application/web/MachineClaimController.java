package id.canting.programme.application.web;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.programme.application.Application;
import id.canting.programme.application.ApplicationId;
import id.canting.programme.application.ApplicationManagement;
import id.canting.programme.application.ApplicationStatus;
import id.canting.programme.application.MachineCondition;
import id.canting.programme.application.internal.ClaimRefusedException;
import id.canting.programme.application.internal.ClaimRules;
import id.canting.programme.application.internal.MachineClaim;
import id.canting.programme.application.internal.MachineClaims;
import id.canting.programme.application.internal.VerificationVisit;
import id.canting.programme.catalogue.MachineOrigin;
import id.canting.programme.catalogue.Programme;
import id.canting.programme.catalogue.ProgrammeType;
import id.canting.shared.Actor;
import id.canting.shared.InvalidInputException;
import id.canting.shared.web.FormRejections;
import id.canting.shared.web.FormSubmission;

/**
 * The machines page of a machine-restructuring application ({@code /applications/{id}/machines}):
 * the applicant lists the machines of a draft and sees what the rate table pays back; the officer of
 * the province records the verification visit. Problems appear next to their fields.
 */
@Controller
class MachineClaimController {

	private final ApplicationManagement applications;
	private final MachineClaims claims;
	private final QuoteMessages quoteMessages;

	MachineClaimController(ApplicationManagement applications, MachineClaims claims, QuoteMessages quoteMessages) {
		this.applications = applications;
		this.claims = claims;
		this.quoteMessages = quoteMessages;
	}

	@GetMapping("/applications/{id}/machines")
	String page(@PathVariable long id, Actor actor, Locale locale, Model model) {
		MachineClaim claim = claims.claim(actor, new ApplicationId(id));
		VerificationVisit visit = claims.visit(actor, new ApplicationId(id)).orElse(null);
		if (!model.containsAttribute("claimForm")) {
			model.addAttribute("claimForm", ClaimForm.of(claim.lines()));
		}
		if (!model.containsAttribute("visitForm")) {
			model.addAttribute("visitForm", VisitForm.of(claim.lines().size(), visit));
		}
		return show(id, claim, visit, actor, locale, model);
	}

	@PostMapping("/applications/{id}/machines/claim")
	String claim(@PathVariable long id, @ModelAttribute("claimForm") ClaimForm form, BindingResult binding, Actor actor,
			Locale locale, Model model, RedirectAttributes redirect) {
		form.compact();
		if (binding.hasErrors()) {
			// a price that could not be read: the rules still name the other rows' problems; nothing is saved
			int year = applications.programmeOf(applications.application(actor, new ApplicationId(id))).year();
			FormRejections.alsoCheck(binding, () -> ClaimRules.checkAll(form.filled(), year));
		}
		else {
			try {
				claims.claim(actor, new ApplicationId(id), form.filled());
			}
			catch (InvalidInputException e) {
				FormRejections.reject(binding, e);
			}
			catch (ClaimRefusedException e) {
				binding.reject(e.messageKey(), e.arguments(), e.messageKey());
				model.addAttribute("claimReasons", quoteMessages.reasons(e.reasons(), locale));
			}
		}
		if (binding.hasErrors()) {
			MachineClaim claim = claims.claim(actor, new ApplicationId(id));
			model.addAttribute("visitForm", VisitForm.of(claim.lines().size(), claims.visit(actor, new ApplicationId(id)).orElse(null)));
			return show(id, claim, claims.visit(actor, new ApplicationId(id)).orElse(null), actor, locale, model);
		}
		redirect.addFlashAttribute("notice", "programme.claim.notice.saved");
		return "redirect:/applications/" + id + "/machines";
	}

	@PostMapping("/applications/{id}/machines/visit")
	String visit(@PathVariable long id, @ModelAttribute("visitForm") VisitForm form, BindingResult binding, Actor actor,
			Locale locale, Model model, RedirectAttributes redirect) {
		FormSubmission.of(binding).otherRefusals().submitted(() -> claims.recordVisit(actor, new ApplicationId(id), form.toInput()));
		if (binding.hasErrors()) {
			MachineClaim claim = claims.claim(actor, new ApplicationId(id));
			model.addAttribute("claimForm", ClaimForm.of(claim.lines()));
			return show(id, claim, claims.visit(actor, new ApplicationId(id)).orElse(null), actor, locale, model);
		}
		redirect.addFlashAttribute("notice", "programme.claim.notice.visit-saved");
		return "redirect:/applications/" + id + "/machines";
	}

	private String show(long id, MachineClaim claim, VerificationVisit visit, Actor actor, Locale locale, Model model) {
		Application application = applications.application(actor, new ApplicationId(id));
		Programme programme = applications.programmeOf(application);
		boolean machineProgramme = programme.type() == ProgrammeType.MACHINE_RESTRUCTURING;
		boolean applicant = application.ikmId() != null && actor.ownsIkm(application.ikmId()) || actor.isAdmin()
				|| actor.isOfficerOf(application.provinceCode());
		boolean verifier = actor.isAdmin() || actor.isOfficerOf(application.provinceCode());
		ApplicationStatus status = application.status();
		model.addAttribute("applicationRecord", application);
		model.addAttribute("programme", programme);
		model.addAttribute("machineProgramme", machineProgramme);
		model.addAttribute("claim", claim);
		model.addAttribute("quote", claim.quote() == null ? null : quoteMessages.response(claim.quote(), locale));
		model.addAttribute("visit", visit);
		model.addAttribute("mayClaim", machineProgramme && applicant && status.isEditable());
		model.addAttribute("mayVisit", machineProgramme && verifier && !claim.lines().isEmpty()
				&& (status == ApplicationStatus.SUBMITTED || status == ApplicationStatus.VERIFIED));
		model.addAttribute("origins", MachineOrigin.values());
		model.addAttribute("conditions", MachineCondition.values());
		return "programme/machines";
	}
}
