package id.canting.development.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.development.internal.DevelopmentRules;
import id.canting.development.internal.SentraDevelopment;
import id.canting.registry.SentraId;
import id.canting.shared.Actor;
import id.canting.shared.web.FormRejections;
import id.canting.shared.web.FormSubmission;

/**
 * A sentra's development page — score and parts, facilities, members' capacity, needs, projects,
 * history — and its small forms for the location and needs (projects and photos: {@link ProjectPageController}).
 * A refused form shows the page again with the problems next to that form's fields.
 */
@Controller
class DevelopmentPageController {

	private final SentraDevelopment development;
	private final DevelopmentPage page;

	DevelopmentPageController(SentraDevelopment development, DevelopmentPage page) {
		this.development = development;
		this.page = page;
	}

	@GetMapping("/sentra/{id}/development")
	String show(@PathVariable long id, Actor actor, Model model) {
		return page.show(id, actor, model);
	}

	@PostMapping("/sentra/{id}/development/location")
	String location(@PathVariable long id, @ModelAttribute("locationForm") LocationForm form, BindingResult result,
			Actor actor, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			FormRejections.alsoCheck(result, () -> DevelopmentRules.location(form.getLatitude(), form.getLongitude()));
		}
		else if (FormSubmission.of(result).submitted(
				() -> development.setLocation(actor, new SentraId(id), form.getLatitude(), form.getLongitude()))) {
			redirect.addFlashAttribute("notice", "development.notice.location-saved");
			return "redirect:/sentra/" + id + "/development";
		}
		return page.show(id, actor, model);
	}

	@PostMapping("/sentra/{id}/development/needs")
	String need(@PathVariable long id, @ModelAttribute("needForm") NeedForm form, BindingResult result, Actor actor,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			FormRejections.alsoCheck(result, () -> DevelopmentRules.need(form.getDescription(), form.getPriority()));
		}
		else if (FormSubmission.of(result).submitted(
				() -> development.listNeed(actor, new SentraId(id), form.getDescription(), form.getPriority()))) {
			redirect.addFlashAttribute("notice", "development.notice.need-listed");
			return "redirect:/sentra/" + id + "/development#needs";
		}
		return page.show(id, actor, model);
	}

	@PostMapping("/sentra/{id}/development/needs/{needId}/met")
	String needMet(@PathVariable long id, @PathVariable long needId, Actor actor, RedirectAttributes redirect) {
		development.markNeedMet(actor, new SentraId(id), needId);
		redirect.addFlashAttribute("notice", "development.notice.need-met");
		return "redirect:/sentra/" + id + "/development#needs";
	}
}
