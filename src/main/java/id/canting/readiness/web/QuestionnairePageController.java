package id.canting.readiness.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.readiness.internal.Questionnaire;
import id.canting.readiness.internal.Questionnaires;
import id.canting.shared.Actor;
import id.canting.shared.web.FormSubmission;

/**
 * The admins' questionnaire pages: the versions, one version in full, a copy as a new draft, a
 * draft's words and weights in a form, and publishing a draft. Adding or removing questions is done
 * through the JSON API ({@code PUT /api/v1/readiness/questionnaires/{id}}).
 */
@Controller
class QuestionnairePageController {

	private final Questionnaires questionnaires;

	QuestionnairePageController(Questionnaires questionnaires) {
		this.questionnaires = questionnaires;
	}

	@GetMapping("/readiness/questionnaires")
	String list(Model model) {
		model.addAttribute("questionnaires", questionnaires.all());
		return "readiness/questionnaires";
	}

	@GetMapping("/readiness/questionnaires/{id}")
	String one(@PathVariable long id, Model model) {
		model.addAttribute("q", questionnaires.questionnaire(id));
		model.addAttribute("levels", java.util.List.of(0, 1, 2, 3, 4));
		return "readiness/questionnaire";
	}

	@GetMapping("/readiness/questionnaires/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Questionnaire questionnaire = questionnaires.questionnaire(id);
		model.addAttribute("questionnaireForm", QuestionnaireForm.of(questionnaire));
		return showForm(questionnaire, model);
	}

	/** Saves the draft's words and weights; a refusal (a rule, or a version in use: make a new one) shows on the form. */
	@PostMapping("/readiness/questionnaires/{id}/edit")
	String save(@PathVariable long id, @ModelAttribute("questionnaireForm") QuestionnaireForm form, BindingResult result,
			Actor actor, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && FormSubmission.of(result).otherRefusals()
			.submitted(() -> questionnaires.update(actor, id, form.getRowVersion(), form.input()))) {
			redirect.addFlashAttribute("notice", "readiness.notice.questionnaire-saved");
			return "redirect:/readiness/questionnaires/" + id;
		}
		return showForm(questionnaires.questionnaire(id), model);
	}

	private String showForm(Questionnaire questionnaire, Model model) {
		model.addAttribute("q", questionnaire);
		model.addAttribute("pillars", java.util.List.of(id.canting.readiness.Pillar.values()));
		return "readiness/questionnaire-form";
	}

	@PostMapping("/readiness/questionnaires/{id}/copy")
	String copy(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		Questionnaire copy = questionnaires.copy(actor, id);
		redirect.addFlashAttribute("notice", "readiness.notice.copied");
		return "redirect:/readiness/questionnaires/" + copy.id();
	}

	@PostMapping("/readiness/questionnaires/{id}/publish")
	String publish(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		questionnaires.publish(actor, id);
		redirect.addFlashAttribute("notice", "readiness.notice.published");
		return "redirect:/readiness/questionnaires";
	}
}
