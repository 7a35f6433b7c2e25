package id.canting.programme.catalogue.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.canting.programme.catalogue.ProgrammeManagement;
import id.canting.programme.catalogue.internal.ProgrammeFilter;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;

import io.swagger.v3.oas.annotations.tags.Tag;

/** The programme catalogue for other systems: {@code /api/v1/programmes}, open calls first. */
@RestController
@Tag(name = "Programmes", description = "Ministry programmes: the catalogue, drafts, publication, closing")
@RequestMapping("/api/v1/programmes")
class ProgrammeApiController {

	private final ProgrammeManagement programmes;

	ProgrammeApiController(ProgrammeManagement programmes) {
		this.programmes = programmes;
	}

	@GetMapping
	PageResponse<ProgrammeResponse> list(@RequestParam(required = false) String type,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Actor actor) {
		PageRequest request = PageRequest.of(page, size, null, java.util.Set.of(), "open");
		return programmes.programmes(actor, ProgrammeFilter.of(type, year, status), request)
			.map(p -> ProgrammeResponse.of(p, programmes.today()));
	}

	@GetMapping("/{code}")
	ProgrammeResponse get(@PathVariable String code, Actor actor) {
		return ProgrammeResponse.of(programmes.programme(actor, code), programmes.today());
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<ProgrammeResponse> create(@RequestBody ProgrammeRequest request, Actor actor) {
		ProgrammeResponse created = ProgrammeResponse.of(programmes.create(actor, request.toInput()), programmes.today());
		return ResponseEntity.created(URI.create("/api/v1/programmes/" + created.code())).body(created);
	}

	@PutMapping("/{code}")
	ProgrammeResponse update(@PathVariable String code, @RequestBody ProgrammeRequest request, Actor actor) {
		if (request.version() == null) {
			throw new InvalidInputException(List.of(FieldViolation.of("version", "validation.version.required")));
		}
		return ProgrammeResponse.of(programmes.update(actor, code, request.version(), request.toInput()),
				programmes.today());
	}

	@PostMapping("/{code}/publish")
	ProgrammeResponse publish(@PathVariable String code, Actor actor) {
		return ProgrammeResponse.of(programmes.publish(actor, code), programmes.today());
	}

	@PostMapping("/{code}/close")
	ProgrammeResponse close(@PathVariable String code, Actor actor) {
		return ProgrammeResponse.of(programmes.close(actor, code), programmes.today());
	}
}
