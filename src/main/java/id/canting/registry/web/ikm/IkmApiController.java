package id.canting.registry.web.ikm;

import java.net.URI;
import java.util.List;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.canting.registry.IkmFilter;
import id.canting.registry.IkmId;
import id.canting.registry.IkmManagement;
import id.canting.registry.RegistryQueries;
import id.canting.registry.web.RegistryViews;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The IKM registry for other systems: {@code /api/v1/ikm}. */
@RestController
@Tag(name = "IKM registry", description = "Batik small and medium industries (IKM): register, read, change, verify")
@RequestMapping("/api/v1/ikm")
class IkmApiController {

	private final IkmManagement ikms;
	private final RegistryQueries queries;
	private final RegistryViews views;

	IkmApiController(IkmManagement ikms, RegistryQueries queries, RegistryViews views) {
		this.ikms = ikms;
		this.queries = queries;
		this.views = views;
	}

	@GetMapping
	PageResponse<IkmListItem> list(@ParameterObject @ModelAttribute IkmFilterParams params,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort, Actor actor) {
		IkmFilter filter = params.asGiven();
		PageRequest request = PageRequest.of(page, size, sort, RegistryQueries.IKM_SORTS.keySet(), "name");
		return queries.ikm(actor, filter, request).map(views::listItem);
	}

	@GetMapping("/{id}")
	IkmResponse get(@PathVariable long id, Actor actor) {
		return views.ikm(ikms.ikm(actor, new IkmId(id)));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<IkmResponse> create(@RequestBody IkmRequest request, Actor actor) {
		IkmResponse created = views.ikm(ikms.register(actor, request.toInput()));
		return ResponseEntity.created(URI.create("/api/v1/ikm/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	IkmResponse update(@PathVariable long id, @RequestBody IkmRequest request, Actor actor) {
		if (request.version() == null) {
			throw new InvalidInputException(List.of(FieldViolation.of("version", "validation.version.required")));
		}
		return views.ikm(ikms.update(actor, new IkmId(id), request.version(), request.toInput()));
	}

	@PostMapping("/{id}/deactivate")
	IkmResponse deactivate(@PathVariable long id, Actor actor) {
		return views.ikm(ikms.deactivate(actor, new IkmId(id)));
	}

	@PostMapping("/{id}/activate")
	IkmResponse activate(@PathVariable long id, Actor actor) {
		return views.ikm(ikms.activate(actor, new IkmId(id)));
	}

	/** An officer of the IKM's province confirms its data. */
	@PostMapping("/{id}/verify")
	IkmResponse verify(@PathVariable long id, Actor actor) {
		return views.ikm(ikms.verify(actor, new IkmId(id)));
	}
}
