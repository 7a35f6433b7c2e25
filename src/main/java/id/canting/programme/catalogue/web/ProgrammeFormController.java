package id.canting.programme.catalogue.web;

import id.canting.shared.CodeLabel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.programme.catalogue.MachineOrigin;
import id.canting.programme.catalogue.Programme;
import id.canting.programme.catalogue.ProgrammeManagement;
import id.canting.programme.catalogue.ProgrammeRules;
import id.canting.programme.catalogue.internal.ReadinessRule;
import id.canting.programme.catalogue.ProgrammeStatus;
import id.canting.programme.catalogue.ProgrammeTarget;
import id.canting.programme.catalogue.ProgrammeType;
import id.canting.region.Regions;
import id.canting.registry.IkmKind;
import id.canting.registry.SizeClass;
import id.canting.registry.Technique;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.ForbiddenException;
import id.canting.shared.web.FormRejections;
import id.canting.shared.web.FormSubmission;

/** Ministry staff create and edit draft programmes, publish and close them; problems show next to their fields. */
@Controller
class ProgrammeFormController {

	private final ProgrammeManagement programmes;
	private final Regions regions;

	ProgrammeFormController(ProgrammeManagement programmes, Regions regions) {
		this.programmes = programmes;
		this.regions = regions;
	}

	@GetMapping("/programmes/new")
	String newForm(Actor actor, Model model) {
		requireAdmin(actor);
		ProgrammeForm form = new ProgrammeForm();
		form.setTarget(ProgrammeTarget.IKM.name());
		form.setYear(programmes.today().getYear());
		return form(form, null, model);
	}

	@PostMapping("/programmes")
	String create(@ModelAttribute("form") ProgrammeForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect) {
		return save(form, result, null, actor, model, redirect);
	}

	@GetMapping("/programmes/{code}/edit")
	String editForm(@PathVariable String code, Actor actor, Model model) {
		requireAdmin(actor);
		Programme programme = programmes.programme(actor, code);
		if (programme.status() != ProgrammeStatus.DRAFT) {
			throw new ConflictException("programme.transition.update", CodeLabel.of("programme.status.", programme.status()));
		}
		return form(ProgrammeForm.of(programme), programme.code(), model);
	}

	@PostMapping("/programmes/{code}")
	String update(@PathVariable String code, @ModelAttribute("form") ProgrammeForm form, BindingResult result,
			Actor actor, Model model, RedirectAttributes redirect) {
		return save(form, result, code, actor, model, redirect);
	}

	@PostMapping("/programmes/{code}/publish")
	String publish(@PathVariable String code, Actor actor, RedirectAttributes redirect) {
		Programme programme = programmes.publish(actor, code);
		redirect.addFlashAttribute("notice", "programme.notice.published");
		return "redirect:/programmes/" + programme.code();
	}

	@PostMapping("/programmes/{code}/close")
	String close(@PathVariable String code, Actor actor, RedirectAttributes redirect) {
		Programme programme = programmes.close(actor, code);
		redirect.addFlashAttribute("notice", "programme.notice.closed");
		return "redirect:/programmes/" + programme.code();
	}

	private String save(ProgrammeForm form, BindingResult result, String code, Actor actor, Model model,
			RedirectAttributes redirect) {
		requireAdmin(actor);
		if (result.hasErrors()) {
			FormRejections.alsoCheck(result, () -> ProgrammeRules.check(form.toInput()));
			return form(form, code, model);
		}
		return FormSubmission.of(result)
			.submit(() -> code == null ? programmes.create(actor, form.toInput())
					: programmes.update(actor, code, form.getVersion(), form.toInput()))
			.map(saved -> {
				redirect.addFlashAttribute("notice", "programme.notice.saved");
				return "redirect:/programmes/" + saved.code();
			}).orElseGet(() -> form(form, code, model));
	}

	private String form(ProgrammeForm form, String code, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("programmeCode", code);
		model.addAttribute("types", ProgrammeType.values());
		model.addAttribute("targets", ProgrammeTarget.values());
		model.addAttribute("techniques", Technique.values());
		model.addAttribute("kinds", IkmKind.values());
		model.addAttribute("sizeClasses", SizeClass.values());
		model.addAttribute("origins", MachineOrigin.values());
		model.addAttribute("readinessSubjects", ReadinessRule.Subject.values());
		model.addAttribute("readinessComparisons", ReadinessRule.Comparison.values());
		model.addAttribute("provinces", regions.provinces());
		return "programme/form";
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.isAdmin()) {
			throw new ForbiddenException("programme.forbidden.change");
		}
	}
}
