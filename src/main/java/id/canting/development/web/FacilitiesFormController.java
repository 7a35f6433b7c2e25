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
import id.canting.development.internal.FacilityCondition;
import id.canting.development.internal.FacilityKind;
import id.canting.development.internal.SentraDevelopment;
import id.canting.registry.SentraId;
import id.canting.registry.SentraManagement;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;
import id.canting.shared.web.FormRejections;
import id.canting.shared.web.FormSubmission;

/** The facilities edit form of a sentra, with each problem next to its row's field. */
@Controller
class FacilitiesFormController {

	private final SentraDevelopment development;
	private final SentraManagement sentras;

	FacilitiesFormController(SentraDevelopment development, SentraManagement sentras) {
		this.development = development;
		this.sentras = sentras;
	}

	@GetMapping("/sentra/{id}/development/facilities")
	String form(@PathVariable long id, Actor actor, Model model) {
		SentraId sentra = new SentraId(id);
		if (!development.canEdit(actor, sentra)) {
			throw new ForbiddenException("development.forbidden.write", sentras.sentra(sentra).name());
		}
		return form(id, FacilitiesForm.of(development.facilities(actor, sentra)).withEmptyRows(), model);
	}

	@PostMapping("/sentra/{id}/development/facilities")
	String save(@PathVariable long id, @ModelAttribute("form") FacilitiesForm form, BindingResult result, Actor actor,
			Model model, RedirectAttributes redirect) {
		form.dropEmptyRows();
		if (result.hasErrors()) {
			FormRejections.alsoCheck(result, () -> DevelopmentRules.facilities(form.lines()));
		}
		else if (FormSubmission.of(result).submitted(() -> development.replaceFacilities(actor, new SentraId(id), form.lines()))) {
			redirect.addFlashAttribute("notice", "development.notice.facilities-saved");
			return "redirect:/sentra/" + id + "/development";
		}
		return form(id, form, model);
	}

	private String form(long id, FacilitiesForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("sentraId", id);
		model.addAttribute("sentraName", sentras.sentra(new SentraId(id)).name());
		model.addAttribute("kinds", FacilityKind.values());
		model.addAttribute("conditions", FacilityCondition.values());
		return "development/facilities-form";
	}
}
