package id.canting.readiness.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.readiness.internal.Questionnaire;
import id.canting.readiness.internal.Questionnaires;
import id.canting.shared.Actor;

/**
 * The admins' questionnaire pages: the versions, one version in full, a copy as a new draft, and
 * publishing a draft. Editing a draft's texts and weights is done through the JSON API
 * ({@code PUT /api/v1/readiness/questionnaires/{id}}).
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
