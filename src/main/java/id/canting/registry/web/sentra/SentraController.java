package id.canting.registry.web.sentra;

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
import id.canting.registry.RecordStatus;
import id.canting.registry.RegistryQueries;
import id.canting.registry.Revitalisation;
import id.canting.registry.Sentra;
import id.canting.registry.SentraFilter;
import id.canting.registry.SentraId;
import id.canting.registry.SentraManagement;
import id.canting.registry.SentraQueries;
import id.canting.registry.web.RegistryViews;
import id.canting.shared.Actor;
import id.canting.shared.PageRequest;

/** Sentra pages: the list, the detail with its members, deactivation, and the sentra choice for IKM forms. */
@Controller
class SentraController {

	private final SentraManagement sentras;
	private final RegistryQueries queries;
	private final SentraQueries sentraQueries;
	private final RegistryViews views;
	private final Regions regions;

	SentraController(SentraManagement sentras, RegistryQueries queries, SentraQueries sentraQueries, RegistryViews views,
			Regions regions) {
		this.sentras = sentras;
		this.queries = queries;
		this.sentraQueries = sentraQueries;
		this.views = views;
		this.regions = regions;
	}

	@GetMapping("/sentra")
	String list(@ModelAttribute SentraFilterParams params, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String sort,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		SentraFilter filter = params.filter();
		PageRequest request = PageRequest.of(page, 20, sort, SentraQueries.SORTS.keySet(), "name");
		model.addAttribute("filter", filter);
		model.addAttribute("results", sentraQueries.sentra(filter, request).map(views::listItem));
		model.addAttribute("provinces", regions.provinces());
		model.addAttribute("regencies", filter.province() == null ? List.of() : regions.regenciesOf(filter.province()));
		model.addAttribute("revitalisations", Revitalisation.values());
		model.addAttribute("statuses", RecordStatus.values());
		return htmx != null ? "registry/sentra-list :: browse" : "registry/sentra-list";
	}

	@GetMapping("/sentra/{id}")
	String detail(@PathVariable long id, Actor actor, Model model) {
		Sentra sentra = sentras.sentra(new SentraId(id));
		var members = queries.members(actor, sentra);
		model.addAttribute("sentra", views.sentra(sentra, sentraQueries.activeMembers(sentra.id())));
		model.addAttribute("members", members.stream().map(views::listItem).toList());
		model.addAttribute("canEdit", actor.isAdmin() || actor.isOfficerOf(sentra.provinceCode()));
		return "registry/sentra-detail";
	}

	@PostMapping("/sentra/{id}/deactivate")
	String deactivate(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		sentras.deactivate(actor, new SentraId(id));
		redirect.addFlashAttribute("notice", "sentra.notice.deactivated");
		return "redirect:/sentra/" + id;
	}

	/** The options of the sentra choice on an IKM form, for the regency just chosen (htmx). */
	@GetMapping("/sentra/options")
	String options(@RequestParam(required = false) String regencyCode, Model model) {
		model.addAttribute("sentraOptions",
				regencyCode == null || regencyCode.isBlank() ? List.of() : sentraQueries.activeSentraIn(regencyCode));
		return "registry/sentra-options :: options";
	}
}
