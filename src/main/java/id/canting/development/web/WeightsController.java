package id.canting.development.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.development.internal.DevelopmentRules;
import id.canting.development.internal.ScorePart;
import id.canting.development.internal.SentraDevelopment;
import id.canting.shared.Actor;
import id.canting.shared.web.FormRejections;
import id.canting.shared.web.FormSubmission;

/** The admin page of the development score's weights (one current set; every change audited). */
@Controller
class WeightsController {

	private final SentraDevelopment development;

	WeightsController(SentraDevelopment development) {
		this.development = development;
	}

	@GetMapping("/sentra-development/weights")
	String form(Actor actor, Model model) {
		return form(WeightsForm.of(development.weights(actor)), model);
	}

	@PostMapping("/sentra-development/weights")
	String save(@ModelAttribute("form") WeightsForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			FormRejections.alsoCheck(result, () -> DevelopmentRules.weights(form.getWeights()));
		}
		else if (FormSubmission.of(result).submitted(() -> development.changeWeights(actor, form.getWeights()))) {
			redirect.addFlashAttribute("notice", "development.notice.weights-saved");
			return "redirect:/sentra-development/weights";
		}
		return form(form, model);
	}

	private String form(WeightsForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("parts", ScorePart.values());
		return "development/weights";
	}
}
