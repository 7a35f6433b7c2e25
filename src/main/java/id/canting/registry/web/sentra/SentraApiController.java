package id.canting.registry.web.sentra;

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

import id.canting.registry.Sentra;
import id.canting.registry.SentraFilter;
import id.canting.registry.SentraId;
import id.canting.registry.SentraManagement;
import id.canting.registry.SentraQueries;
import id.canting.registry.web.RegistryViews;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The sentra registry for other systems: {@code /api/v1/sentra}. */
@RestController
@Tag(name = "Sentra", description = "Batik production centres (sentra)")
@RequestMapping("/api/v1/sentra")
class SentraApiController {

	private final SentraManagement sentras;
	private final SentraQueries queries;
	private final RegistryViews views;

	SentraApiController(SentraManagement sentras, SentraQueries queries, RegistryViews views) {
		this.sentras = sentras;
		this.queries = queries;
		this.views = views;
	}

	@GetMapping
	PageResponse<SentraListItem> list(@ParameterObject @ModelAttribute SentraFilterParams params,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		SentraFilter filter = params.asGiven();
		PageRequest request = PageRequest.of(page, size, sort, SentraQueries.SORTS.keySet(), "name");
		return queries.sentra(filter, request).map(views::listItem);
	}

	@GetMapping("/{id}")
	SentraResponse get(@PathVariable long id) {
		return response(sentras.sentra(new SentraId(id)));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<SentraResponse> create(@RequestBody SentraRequest request, Actor actor) {
		SentraResponse created = response(sentras.register(actor, request.toInput()));
		return ResponseEntity.created(URI.create("/api/v1/sentra/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	SentraResponse update(@PathVariable long id, @RequestBody SentraRequest request, Actor actor) {
		if (request.version() == null) {
			throw new InvalidInputException(List.of(FieldViolation.of("version", "validation.version.required")));
		}
		return response(sentras.update(actor, new SentraId(id), request.version(), request.toInput()));
	}

	@PostMapping("/{id}/deactivate")
	SentraResponse deactivate(@PathVariable long id, Actor actor) {
		return response(sentras.deactivate(actor, new SentraId(id)));
	}

	private SentraResponse response(Sentra sentra) {
		return views.sentra(sentra, queries.activeMembers(sentra.id()));
	}
}
