package id.canting.registry.web.catalogue;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import id.canting.region.Regions;
import id.canting.registry.IkmFilter;
import id.canting.registry.IkmId;
import id.canting.registry.ProductCategory;
import id.canting.registry.RegistryQueries;
import id.canting.registry.Technique;
import id.canting.registry.web.RegistryViews;
import id.canting.shared.PageRequest;

/** The public IKM catalogue: active, verified IKM without personal data, for anyone. */
@Controller
class CatalogueController {

	private final RegistryQueries queries;
	private final RegistryViews views;
	private final Regions regions;

	CatalogueController(RegistryQueries queries, RegistryViews views, Regions regions) {
		this.queries = queries;
		this.views = views;
		this.regions = regions;
	}

	@GetMapping("/catalogue")
	String list(@ModelAttribute CatalogueFilterParams params, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		IkmFilter filter = params.filter();
		model.addAttribute("filter", filter);
		model.addAttribute("results",
				queries.catalogue(filter, PageRequest.of(page, 20, null, RegistryQueries.CATALOGUE_SORTS.keySet(), "name"))
					.map(views::catalogueItem));
		model.addAttribute("provinces", regions.provinces());
		model.addAttribute("regencies", filter.province() == null ? List.of() : regions.regenciesOf(filter.province()));
		model.addAttribute("techniques", Technique.values());
		model.addAttribute("categories", ProductCategory.values());
		return htmx != null ? "registry/catalogue-list :: browse" : "registry/catalogue-list";
	}

	@GetMapping("/catalogue/{id}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("entry", views.catalogueItem(queries.catalogueEntry(new IkmId(id))));
		return "registry/catalogue-detail";
	}
}
