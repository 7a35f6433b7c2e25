package id.canting.registry.web.ikm;

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
import id.canting.registry.internal.IkmChanges;
import id.canting.registry.IkmKind;
import id.canting.registry.IkmManagement;
import id.canting.registry.internal.IkmReviewPolicy;
import id.canting.registry.IkmRules;
import id.canting.registry.ProductCategory;
import id.canting.registry.SentraQueries;
import id.canting.registry.Technique;
import id.canting.registry.web.FormErrors;
import id.canting.shared.Actor;

/**
 * Create and edit forms for an IKM. A refused submission shows the form again with each problem
 * next to its field; an accepted one redirects to the IKM with a notice. For the IKM's owner the
 * form marks the fields whose changes wait for the office ({@link IkmReviewPolicy}) and shows their
 * open change's values, as saving the form again replaces that change.
 */
@Controller
class IkmFormController {

	private final IkmManagement ikms;
	private final IkmChanges changes;
	private final SentraQueries queries;
	private final Regions regions;

	IkmFormController(IkmManagement ikms, IkmChanges changes, SentraQueries queries, Regions regions) {
		this.ikms = ikms;
		this.changes = changes;
		this.queries = queries;
		this.regions = regions;
	}

	@GetMapping("/ikm/new")
	String newForm(Actor actor, Model model) {
		return form(new IkmForm(), null, actor, model);
	}

	@PostMapping("/ikm")
	String create(@ModelAttribute("form") IkmForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			FormErrors.alsoCheck(result, () -> IkmRules.check(form.toInput()));
			return form(form, null, actor, model);
		}
		return FormErrors.submission(result).submit(() -> ikms.register(actor, form.toInput())).map(ikm -> {
			redirect.addFlashAttribute("notice", "ikm.notice.created");
			return "redirect:/ikm/" + ikm.id().value();
		}).orElseGet(() -> form(form, null, actor, model));
	}

	@GetMapping("/ikm/{id}/edit")
	String editForm(@PathVariable long id, Actor actor, Model model) {
		Ikm ikm = ikms.ikm(actor, new IkmId(id));
		model.addAttribute("ikmName", ikm.name());
		IkmForm form = changes.pendingFor(ikm)
			.map(pending -> IkmForm.of(ikm, pending.appliedTo(ikm.details())))
			.orElseGet(() -> IkmForm.of(ikm));
		return form(form, id, actor, model);
	}

	@PostMapping("/ikm/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") IkmForm form, BindingResult result, Actor actor,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("ikmName", ikms.ikm(actor, new IkmId(id)).name());
		if (result.hasErrors()) {
			FormErrors.alsoCheck(result, () -> IkmRules.check(form.toInput()));
			return form(form, id, actor, model);
		}
		return FormErrors.submission(result)
			.submit(() -> ikms.update(actor, new IkmId(id), form.getVersion(), form.toInput())).map(saved -> {
				boolean waiting = IkmReviewPolicy.reviewsChangesBy(actor, saved.id())
						&& changes.pendingFor(saved).isPresent();
				redirect.addFlashAttribute("notice", waiting ? "ikm.notice.saved-pending" : "ikm.notice.saved");
				return "redirect:/ikm/" + id;
			}).orElseGet(() -> form(form, id, actor, model));
	}

	private String form(IkmForm form, Long id, Actor actor, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("ikmId", id);
		// the owner's form marks each field whose change waits for the office; others edit all directly
		boolean owner = id != null && IkmReviewPolicy.reviewsChangesBy(actor, new IkmId(id));
		model.addAttribute("reviewed", owner ? IkmReviewPolicy.REVIEWED : List.of());
		model.addAttribute("pendingChange", owner && changes.pendingFor(ikms.ikm(actor, new IkmId(id))).isPresent());
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
