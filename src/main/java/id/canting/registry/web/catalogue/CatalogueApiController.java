package id.canting.registry.web.catalogue;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.canting.registry.IkmFilter;
import id.canting.registry.IkmId;
import id.canting.registry.RegistryQueries;
import id.canting.registry.web.RegistryViews;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The public IKM catalogue for other systems: {@code /api/v1/catalogue/ikm}, no login, no personal data. */
@RestController
@Tag(name = "Public catalogue", description = "The public IKM catalogue; no login, no personal data")
@RequestMapping("/api/v1/catalogue/ikm")
class CatalogueApiController {

	private final RegistryQueries queries;
	private final RegistryViews views;

	CatalogueApiController(RegistryQueries queries, RegistryViews views) {
		this.queries = queries;
		this.views = views;
	}

	@GetMapping
	PageResponse<CatalogueItem> list(@ParameterObject @ModelAttribute CatalogueFilterParams params,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		IkmFilter filter = params.asGiven();
		return queries.catalogue(filter, PageRequest.of(page, size, sort, RegistryQueries.CATALOGUE_SORTS.keySet(), "name"))
			.map(views::catalogueItem);
	}

	@GetMapping("/{id}")
	CatalogueItem get(@PathVariable long id) {
		return views.catalogueItem(queries.catalogueEntry(new IkmId(id)));
	}
}
