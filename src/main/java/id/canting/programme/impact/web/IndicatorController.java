package id.canting.programme.impact.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.programme.IndicatorPhase;
import id.canting.programme.application.ApplicationId;
import id.canting.programme.catalogue.ProgrammeManagement;
import id.canting.programme.impact.internal.ApplicationIndicators;
import id.canting.programme.impact.internal.IndicatorManagement;
import id.canting.programme.impact.internal.IndicatorRules;
import id.canting.shared.Actor;
import id.canting.shared.web.FormRejections;
import id.canting.shared.web.FormSubmission;

/**
 * A beneficiary's indicators as pages: the baseline and the follow-up side by side with their change,
 * and the form to record or correct one phase (for the officer of its province and ministry staff). A
 * refused form shows again with each problem next to its field.
 */
@Controller
class IndicatorController {

	private final IndicatorManagement indicators;
	private final ProgrammeManagement programmes;

	IndicatorController(IndicatorManagement indicators, ProgrammeManagement programmes) {
		this.indicators = indicators;
		this.programmes = programmes;
	}

	@GetMapping("/applications/{id}/indicators")
	String show(@PathVariable long id, Actor actor, Model model) {
		model.addAttribute("sheet", indicators.indicators(actor, new ApplicationId(id)));
		return "programme/indicators";
	}

	@GetMapping("/applications/{id}/indicators/{phase}")
	String form(@PathVariable long id, @PathVariable String phase, Actor actor, Model model) {
		IndicatorPhase which = IndicatorPhase.parse(phase);
		ApplicationIndicators sheet = indicators.forRecording(actor, new ApplicationId(id));
		return form(sheet, which, IndicatorForm.of(sheet.of(which), sheet.version()), model);
	}

	@PostMapping("/applications/{id}/indicators/{phase}")
	String record(@PathVariable long id, @PathVariable String phase, @ModelAttribute("form") IndicatorForm form,
			BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
		IndicatorPhase which = IndicatorPhase.parse(phase);
		ApplicationIndicators sheet = indicators.forRecording(actor, new ApplicationId(id));
		if (result.hasErrors()) {
			FormRejections.alsoCheck(result, () -> IndicatorRules.check(form.toInput(), programmes.today()));
			return form(sheet, which, form, model);
		}
		if (FormSubmission.of(result).ruleRefusals()
			.submitted(() -> indicators.record(actor, new ApplicationId(id), which, form.toInput(), form.getVersion()))) {
			redirect.addFlashAttribute("notice", "indicator.notice.saved");
			return "redirect:/applications/" + id + "/indicators";
		}
		return form(sheet, which, form, model);
	}

	private static String form(ApplicationIndicators sheet, IndicatorPhase phase, IndicatorForm form, Model model) {
		model.addAttribute("sheet", sheet);
		model.addAttribute("phase", phase);
		model.addAttribute("form", form);
		return "programme/indicator-form";
	}
}
