package id.canting.certification.indication.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.canting.certification.indication.GeographicalIndication;
import id.canting.certification.indication.GeographicalIndications;
import id.canting.certification.indication.internal.IgListedMember;
import id.canting.certification.IgStage;
import id.canting.region.Regions;
import id.canting.registry.IkmId;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Geographical indications for other systems: everyone reads them; ministry staff record and change
 * them; ministry staff and the officer of a member's province keep the members.
 */
@RestController
@Tag(name = "Geographical indications", description = "Geographical indications for batik, their stages and member IKM")
@RequestMapping("/api/v1/ig")
class IgApiController {

	private final GeographicalIndications indications;
	private final Regions regions;

	IgApiController(GeographicalIndications indications, Regions regions) {
		this.indications = indications;
		this.regions = regions;
	}

	@GetMapping
	PageResponse<IgResponse> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Actor actor) {
		PageRequest request = PageRequest.of(page, size, null, java.util.Set.of(), "name");
		List<GeographicalIndication> all = indications.all();
		List<GeographicalIndication> shown = all.stream().skip(request.offset()).limit(request.size()).toList();
		Map<Long, List<IgListedMember>> members = indications.listedMembers(actor, shown);
		List<IgResponse> content = shown.stream().map(ig -> IgResponse.of(ig, members.get(ig.id()), regions)).toList();
		return PageResponse.of(content, request, all.size());
	}

	@GetMapping("/{key}")
	IgResponse get(@PathVariable String key, Actor actor) {
		return view(indications.indication(key), actor);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<IgResponse> create(@RequestBody IgRequest request, Actor actor) {
		IgResponse created = view(indications.create(actor, request.toInput()), actor);
		return ResponseEntity.created(URI.create("/api/v1/ig/" + created.slug())).body(created);
	}

	@PutMapping("/{key}")
	IgResponse update(@PathVariable String key, @RequestBody IgRequest request, Actor actor) {
		if (request.version() == null) {
			throw new InvalidInputException(List.of(FieldViolation.of("version", "validation.version.required")));
		}
		return view(indications.update(actor, key, request.version(), request.toInput()), actor);
	}

	/** Records a facilitation stage: {@code {"stage": "REGISTERED", "reachedOn": "2025-11-12", "registrationNumber": "..."}}. */
	@PostMapping("/{key}/stages")
	IgResponse stage(@PathVariable String key, @RequestBody StageRequest request, Actor actor) {
		return view(indications.reach(actor, key, request.stage(), request.reachedOn(), request.registrationNumber()),
				actor);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/{key}/members")
	ResponseEntity<IgResponse> addMember(@PathVariable String key, @RequestBody MemberRequest request, Actor actor) {
		if (request.ikmId() == null) {
			throw new InvalidInputException(List.of(FieldViolation.of("ikmId", "validation.required")));
		}
		IgResponse ig = view(indications.addMember(actor, key, new IkmId(request.ikmId())), actor);
		return ResponseEntity.created(URI.create("/api/v1/ig/" + ig.slug())).body(ig);
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/{key}/members/{ikmId}")
	ResponseEntity<Void> removeMember(@PathVariable String key, @PathVariable long ikmId, Actor actor) {
		indications.removeMember(actor, key, new IkmId(ikmId));
		return ResponseEntity.noContent().build();
	}

	/** The indication with the members this actor may see. */
	private IgResponse view(GeographicalIndication ig, Actor actor) {
		return IgResponse.of(ig, indications.listedMembers(actor, ig), regions);
	}

	record StageRequest(IgStage stage, LocalDate reachedOn, String registrationNumber) {
	}

	record MemberRequest(Long ikmId) {
	}
}
