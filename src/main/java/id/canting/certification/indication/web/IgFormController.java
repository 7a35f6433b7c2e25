package id.canting.certification.indication.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.certification.indication.GeographicalIndication;
import id.canting.certification.indication.GeographicalIndications;
import id.canting.certification.indication.internal.IgRules;
import id.canting.region.Regions;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;
import id.canting.shared.web.FormRejections;
import id.canting.shared.web.FormSubmission;

/** Ministry staff record and edit geographical indications; problems show next to their fields. */
@Controller
class IgFormController {

	private final GeographicalIndications indications;
	private final Regions regions;

	IgFormController(GeographicalIndications indications, Regions regions) {
		this.indications = indications;
		this.regions = regions;
	}

	@GetMapping("/ig/new")
	String newForm(Actor actor, Model model) {
		requireAdmin(actor);
		return form(new IgForm(), null, model);
	}

	@PostMapping("/ig")
	String create(@ModelAttribute("form") IgForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect) {
		return save(form, result, null, actor, model, redirect);
	}

	@GetMapping("/ig/{key}/edit")
	String editForm(@PathVariable String key, Actor actor, Model model) {
		requireAdmin(actor);
		GeographicalIndication ig = indications.indication(key);
		return form(IgForm.of(ig), ig.slug(), model);
	}

	@PostMapping("/ig/{key}")
	String update(@PathVariable String key, @ModelAttribute("form") IgForm form, BindingResult result, Actor actor,
			Model model, RedirectAttributes redirect) {
		return save(form, result, key, actor, model, redirect);
	}

	private String save(IgForm form, BindingResult result, String key, Actor actor, Model model,
			RedirectAttributes redirect) {
		requireAdmin(actor);
		if (result.hasErrors()) {
			FormRejections.alsoCheck(result, () -> IgRules.check(form.toInput(), c -> regions.regency(c).isPresent()));
			return form(form, key, model);
		}
		return FormSubmission.of(result).ruleRefusals()
			.submit(() -> key == null ? indications.create(actor, form.toInput())
					: indications.update(actor, key, form.getVersion(), form.toInput()))
			.map(saved -> {
				redirect.addFlashAttribute("notice", "ig.notice.saved");
				return "redirect:/ig/" + saved.slug();
			}).orElseGet(() -> form(form, key, model));
	}

	private static String form(IgForm form, String slug, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("igSlug", slug);
		return "certification/ig-form";
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.isAdmin()) {
			throw new ForbiddenException("ig.forbidden.change");
		}
	}
}
