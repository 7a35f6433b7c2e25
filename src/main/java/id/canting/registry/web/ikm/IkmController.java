package id.canting.registry.web.ikm;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.region.Regions;
import id.canting.registry.Dye;
import id.canting.registry.Gender;
import id.canting.registry.Verification;
import id.canting.registry.Ikm;
import id.canting.registry.IkmFilter;
import id.canting.registry.IkmId;
import id.canting.registry.IkmKind;
import id.canting.registry.internal.IkmChanges;
import id.canting.registry.IkmManagement;
import id.canting.registry.internal.IkmReviewPolicy;
import id.canting.registry.ProductCategory;
import id.canting.registry.RecordStatus;
import id.canting.registry.RegistryQueries;
import id.canting.registry.SizeClass;
import id.canting.registry.Technique;
import id.canting.registry.web.RegistryViews;
import id.canting.shared.Actor;
import id.canting.shared.Role;
import id.canting.shared.PageRequest;

/** IKM pages: the filterable list (whole page, or only its results for htmx), the detail, and its actions. */
@Controller
class IkmController {

	private final IkmManagement ikms;
	private final IkmChanges changes;
	private final RegistryQueries queries;
	private final RegistryViews views;
	private final Regions regions;

	IkmController(IkmManagement ikms, IkmChanges changes, RegistryQueries queries, RegistryViews views,
			Regions regions) {
		this.ikms = ikms;
		this.changes = changes;
		this.queries = queries;
		this.views = views;
		this.regions = regions;
	}

	@GetMapping("/ikm")
	String list(@ModelAttribute IkmFilterParams params, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String sort, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Actor actor, Model model) {
		IkmFilter filter = params.filter();
		PageRequest request = PageRequest.of(page, 20, sort, RegistryQueries.IKM_SORTS.keySet(), "name");
		model.addAttribute("filter", filter);
		model.addAttribute("results", queries.ikm(actor, filter, request).map(views::listItem));
		// only what the actor's scope can find: an officer's own province, no province for an owner
		String ownProvince = actor.role() == Role.OFFICER ? actor.provinceCode() : null;
		model.addAttribute("provinces", actor.isAdmin() ? regions.provinces()
				: ownProvince == null ? List.of() : regions.province(ownProvince).map(List::of).orElse(List.of()));
		String regenciesOf = filter.province() != null ? filter.province() : ownProvince;
		model.addAttribute("regencies", regenciesOf == null ? List.of() : regions.regenciesOf(regenciesOf));
		model.addAttribute("techniques", Technique.values());
		model.addAttribute("categories", ProductCategory.values());
		model.addAttribute("dyes", Dye.values());
		model.addAttribute("kinds", IkmKind.values());
		model.addAttribute("statuses", RecordStatus.values());
		model.addAttribute("sizeClasses", SizeClass.values());
		model.addAttribute("genders", Gender.values());
		model.addAttribute("verifications", Verification.values());
		return htmx != null ? "registry/ikm-list :: browse" : "registry/ikm-list";
	}

	@GetMapping("/ikm/{id}")
	String detail(@PathVariable long id, Actor actor, Model model) {
		Ikm ikm = ikms.ikm(actor, new IkmId(id));
		model.addAttribute("ikm", views.ikm(ikm));
		model.addAttribute("can", ikms.permissions(actor, ikm));
		// the owner's latest change: waiting for review, or what became of it
		model.addAttribute("change", changes.changesOf(actor, ikm.id()).stream().findFirst().map(views::changeView)
			.orElse(null));
		model.addAttribute("ownerReview", IkmReviewPolicy.reviewsChangesBy(actor, ikm.id()));
		return "registry/ikm-detail";
	}

	@PostMapping("/ikm/{id}/deactivate")
	String deactivate(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		ikms.deactivate(actor, new IkmId(id));
		redirect.addFlashAttribute("notice", "ikm.notice.deactivated");
		return "redirect:/ikm/" + id;
	}

	@PostMapping("/ikm/{id}/activate")
	String activate(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		ikms.activate(actor, new IkmId(id));
		redirect.addFlashAttribute("notice", "ikm.notice.activated");
		return "redirect:/ikm/" + id;
	}

	@PostMapping("/ikm/{id}/verify")
	String verify(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		ikms.verify(actor, new IkmId(id));
		redirect.addFlashAttribute("notice", "ikm.notice.verified");
		return "redirect:/ikm/" + id;
	}
}
