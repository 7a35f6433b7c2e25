package id.canting.registry.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.region.Regions;
import id.canting.registry.Dye;
import id.canting.registry.Gender;
import id.canting.registry.Ikm;
import id.canting.registry.IkmId;
import id.canting.registry.IkmKind;
import id.canting.registry.IkmManagement;
import id.canting.registry.IkmRules;
import id.canting.registry.ProductCategory;
import id.canting.registry.SentraQueries;
import id.canting.registry.Technique;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.InvalidInputException;

/**
 * Create and edit forms for an IKM. A refused submission shows the form again with each problem
 * next to its field; an accepted one redirects to the IKM with a notice.
 */
@Controller
class IkmFormController {

	private final IkmManagement ikms;
	private final SentraQueries queries;
	private final Regions regions;

	IkmFormController(IkmManagement ikms, SentraQueries queries, Regions regions) {
		this.ikms = ikms;
		this.queries = queries;
		this.regions = regions;
	}

	@GetMapping("/ikm/new")
	String newForm(Model model) {
		return form(new IkmForm(), null, model);
	}

	@PostMapping("/ikm")
	String create(@ModelAttribute("form") IkmForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			FormErrors.alsoCheck(result, () -> IkmRules.check(form.toInput()));
			return form(form, null, model);
		}
		try {
			Ikm ikm = ikms.register(actor, form.toInput());
			redirect.addFlashAttribute("notice", "ikm.notice.created");
			return "redirect:/ikm/" + ikm.id().value();
		}
		catch (InvalidInputException e) {
			FormErrors.reject(result, e);
		}
		catch (ConflictException e) {
			FormErrors.reject(result, e);
		}
		return form(form, null, model);
	}

	@GetMapping("/ikm/{id}/edit")
	String editForm(@PathVariable long id, Actor actor, Model model) {
		Ikm ikm = ikms.ikm(actor, new IkmId(id));
		model.addAttribute("ikmName", ikm.name());
		return form(IkmForm.of(ikm), id, model);
	}

	@PostMapping("/ikm/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") IkmForm form, BindingResult result, Actor actor,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("ikmName", ikms.ikm(actor, new IkmId(id)).name());
		if (result.hasErrors()) {
			FormErrors.alsoCheck(result, () -> IkmRules.check(form.toInput()));
			return form(form, id, model);
		}
		try {
			ikms.update(actor, new IkmId(id), form.getVersion(), form.toInput());
			redirect.addFlashAttribute("notice", "ikm.notice.saved");
			return "redirect:/ikm/" + id;
		}
		catch (InvalidInputException e) {
			FormErrors.reject(result, e);
		}
		catch (ConflictException e) {
			FormErrors.reject(result, e);
		}
		return form(form, id, model);
	}

	private String form(IkmForm form, Long id, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("ikmId", id);
		model.addAttribute("provinces", regions.provinces());
		String province = form.getProvinceCode() != null && !form.getProvinceCode().isBlank() ? form.getProvinceCode()
				: form.getRegencyCode() != null && form.getRegencyCode().length() >= 2 ? form.getRegencyCode().substring(0, 2)
						: null;
		model.addAttribute("regencies", province == null || regions.province(province).isEmpty() ? List.of()
				: regions.regenciesOf(province));
		model.addAttribute("sentraOptions", form.getRegencyCode() == null || form.getRegencyCode().isBlank()
				? List.of() : queries.activeSentraIn(form.getRegencyCode()));
		model.addAttribute("genders", Gender.values());
		model.addAttribute("kinds", IkmKind.values());
		model.addAttribute("techniques", Technique.values());
		model.addAttribute("categories", ProductCategory.values());
		model.addAttribute("dyes", Dye.values());
		return "registry/ikm-form";
	}
}
