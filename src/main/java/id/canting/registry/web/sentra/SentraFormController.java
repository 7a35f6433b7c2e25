package id.canting.registry.web.sentra;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.region.Regency;
import id.canting.region.Regions;
import id.canting.registry.Revitalisation;
import id.canting.registry.Sentra;
import id.canting.registry.SentraId;
import id.canting.registry.SentraManagement;
import id.canting.registry.SentraRules;
import id.canting.registry.web.FormErrors;
import id.canting.shared.Actor;

/** Create and edit forms for a sentra, with problems shown next to their fields. */
@Controller
class SentraFormController {

	private final SentraManagement sentras;
	private final Regions regions;

	SentraFormController(SentraManagement sentras, Regions regions) {
		this.sentras = sentras;
		this.regions = regions;
	}

	@GetMapping("/sentra/new")
	String newForm(Model model) {
		return form(new SentraForm(), null, model);
	}

	@PostMapping("/sentra")
	String create(@ModelAttribute("form") SentraForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			FormErrors.alsoCheck(result, () -> SentraRules.check(form.toInput()));
		}
		else {
			Optional<Sentra> sentra = FormErrors.submission(result).submit(() -> sentras.register(actor, form.toInput()));
			if (sentra.isPresent()) {
				redirect.addFlashAttribute("notice", "sentra.notice.created");
				return "redirect:/sentra/" + sentra.get().id().value();
			}
		}
		return form(form, null, model);
	}

	@GetMapping("/sentra/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		return form(SentraForm.of(sentras.sentra(new SentraId(id))), id, model);
	}

	@PostMapping("/sentra/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") SentraForm form, BindingResult result, Actor actor,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			FormErrors.alsoCheck(result, () -> SentraRules.check(form.toInput()));
		}
		else if (FormErrors.submission(result)
			.submitted(() -> sentras.update(actor, new SentraId(id), form.getVersion(), form.toInput()))) {
			redirect.addFlashAttribute("notice", "sentra.notice.saved");
			return "redirect:/sentra/" + id;
		}
		return form(form, id, model);
	}

	private String form(SentraForm form, Long id, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("sentraId", id);
		model.addAttribute("sentraName", id == null ? null : sentras.sentra(new SentraId(id)).name());
		model.addAttribute("provinces", regions.provinces());
		String province = form.getProvinceCode() != null && !form.getProvinceCode().isBlank() ? form.getProvinceCode()
				: form.getRegencyCode() != null && form.getRegencyCode().length() >= 2
						? Regency.provinceOf(form.getRegencyCode()) : null;
		model.addAttribute("regencies",
				province == null || regions.province(province).isEmpty() ? List.of() : regions.regenciesOf(province));
		model.addAttribute("revitalisations", Revitalisation.values());
		return "registry/sentra-form";
	}
}
